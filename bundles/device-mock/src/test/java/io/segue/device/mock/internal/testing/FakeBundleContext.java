package io.segue.device.mock.internal.testing;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * A bundle context that only registers services: it records each registration and whether it was unregistered.
 * Every other method throws.
 */
public final class FakeBundleContext {

    /** One service registered through the context. */
    public static final class Registration {
        public final Class<?> type;
        public final Object service;
        public final Dictionary<String, ?> properties;
        private boolean unregistered;

        Registration(Class<?> type, Object service, Dictionary<String, ?> properties) {
            this.type = type;
            this.service = service;
            this.properties = properties;
        }

        public synchronized boolean unregistered() {
            return unregistered;
        }

        synchronized void unregister() {
            if (unregistered) {
                throw new IllegalStateException("unregistered twice: " + service);
            }
            unregistered = true;
        }
    }

    private final List<Registration> registrations = new ArrayList<>();

    public BundleContext context() {
        return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("registerService") && args[0] instanceof Class<?> type) {
                        @SuppressWarnings("unchecked")
                        Registration r = new Registration(type, args[1], (Dictionary<String, ?>) args[2]);
                        synchronized (registrations) {
                            registrations.add(r);
                        }
                        return registration(r);
                    }
                    throw new UnsupportedOperationException("fake bundle context: " + method.getName());
                });
    }

    private ServiceRegistration<?> registration(Registration r) {
        return (ServiceRegistration<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServiceRegistration.class}, (proxy, method, args) -> {
                    if (method.getName().equals("unregister")) {
                        r.unregister();
                        return null;
                    }
                    throw new UnsupportedOperationException("fake service registration: " + method.getName());
                });
    }

    /** Every registration so far, in order. */
    public List<Registration> registrations() {
        synchronized (registrations) {
            return List.copyOf(registrations);
        }
    }

    /** The services registered and not unregistered. */
    public List<Object> live() {
        return registrations().stream().filter(r -> !r.unregistered()).map(r -> r.service).toList();
    }
}
