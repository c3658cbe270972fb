package io.segue.integration.internal.fakes;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/** Stand-ins for services of which a test uses a method or two: any other call fails the test. */
public final class Services {

    private Services() {
    }

    /** A {@code type} whose methods named in {@code answers} answer with the function of their arguments. */
    public static <T> T answering(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new AssertionError("unexpected call " + type.getSimpleName() + "." + method.getName());
            }
            return answer.apply(args);
        }));
    }
}
