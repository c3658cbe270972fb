package io.segue.testing;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Instances of configuration annotation types, as SCR builds them: the annotation's defaults unless overridden. */
public final class Configs {

    private Configs() {
    }

    public static <A> A of(Class<A> type, Map<String, ?> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (values.containsKey(method.getName())) {
                return values.get(method.getName());
            }
            if (method.getDefaultValue() != null) {
                return method.getDefaultValue();
            }
            return switch (method.getName()) {
                case "annotationType" -> type;
                case "toString" -> type.getSimpleName() + values;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(method.getName());
            };
        }));
    }

    public static <A> A defaults(Class<A> type) {
        return of(type, Map.of());
    }
}
