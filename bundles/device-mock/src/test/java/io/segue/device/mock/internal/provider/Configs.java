package io.segue.device.mock.internal.provider;

import java.lang.reflect.Proxy;
import java.util.Map;

/** {@link MockDeviceConfig} instances as SCR builds them: the annotation's defaults, overridden by properties. */
final class Configs {

    private Configs() {
    }

    static MockDeviceConfig config(Map<String, ?> properties) {
        return (MockDeviceConfig) Proxy.newProxyInstance(MockDeviceConfig.class.getClassLoader(),
                new Class<?>[] {MockDeviceConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> MockDeviceConfig.class;
                    case "toString" -> "MockDeviceConfig" + properties;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> properties.containsKey(method.getName())
                            ? properties.get(method.getName())
                            : method.getDefaultValue();
                });
    }

    static MockDeviceConfig defaults() {
        return config(Map.of());
    }
}
