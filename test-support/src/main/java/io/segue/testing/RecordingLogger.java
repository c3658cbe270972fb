package io.segue.testing;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.log.Logger;

/** An OSGi {@link Logger} that keeps every message it is given, as "LEVEL message". */
public final class RecordingLogger {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger logger = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(),
            new Class<?>[] {Logger.class}, (proxy, method, args) -> {
                String name = method.getName();
                if (method.getReturnType() == boolean.class) {
                    return true; // isWarnEnabled() and the like
                }
                if (method.getReturnType() == void.class && args != null && args[0] instanceof String message) {
                    lines.add(name.toUpperCase(java.util.Locale.ROOT) + " " + message);
                    return null;
                }
                return switch (name) {
                    case "getName" -> "test";
                    case "toString" -> "RecordingLogger" + lines;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                };
            });

    public Logger logger() {
        return logger;
    }

    public List<String> lines() {
        return lines;
    }
}
