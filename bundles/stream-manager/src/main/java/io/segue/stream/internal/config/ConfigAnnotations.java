package io.segue.stream.internal.config;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * A configuration annotation instance over a map of properties, as SCR would hand it to the component: the map's
 * value where it has one (converted to the method's type), else the annotation's default. Lets a
 * {@link io.segue.api.config.ConfigurationCheck} run the component's own validation on a proposed configuration.
 */
public final class ConfigAnnotations {

    private ConfigAnnotations() {
    }

    /**
     * @throws IllegalArgumentException when a value is not of its key's type (names the key and the value)
     */
    public static <A> A of(Class<A> type, Map<String, ?> properties) {
        for (Method method : type.getDeclaredMethods()) {
            if (properties.containsKey(method.getName())) {
                convert(method, properties.get(method.getName())); // fail now, not on first use
            }
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            String name = method.getName();
            if (properties.containsKey(name)) {
                return convert(method, properties.get(name));
            }
            if (method.getDefaultValue() != null) {
                return method.getDefaultValue();
            }
            if (name.equals("annotationType")) {
                return type;
            }
            if (name.equals("toString")) {
                return type.getSimpleName() + properties;
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            if (name.equals("equals")) {
                return proxy == args[0];
            }
            throw new UnsupportedOperationException(name);
        }));
    }

    private static Object convert(Method method, Object value) {
        Class<?> to = method.getReturnType();
        String text = String.valueOf(value).trim();
        try {
            if (to == String.class) {
                return String.valueOf(value);
            }
            if (to == int.class) {
                return value instanceof Number n ? n.intValue() : Integer.parseInt(text);
            }
            if (to == long.class) {
                return value instanceof Number n ? n.longValue() : Long.parseLong(text);
            }
            if (to == double.class) {
                return value instanceof Number n ? n.doubleValue() : Double.parseDouble(text);
            }
            if (to == boolean.class) {
                if (value instanceof Boolean b) {
                    return b;
                }
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    return Boolean.parseBoolean(text);
                }
                throw new IllegalArgumentException(method.getName() + " must be true or false, was '" + text + "'");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    method.getName() + " must be a number (" + to.getSimpleName() + "), was '" + text + "'", e);
        }
        throw new IllegalArgumentException(method.getName() + ": values of type " + to + " are not supported");
    }
}
