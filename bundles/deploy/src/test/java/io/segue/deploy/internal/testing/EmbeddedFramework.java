package io.segue.deploy.internal.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/** A real Felix framework for a test, its bundle cache in a folder the test owns (kept: a restart reuses it). */
public final class EmbeddedFramework implements AutoCloseable {

    private final Framework framework;

    private EmbeddedFramework(Framework framework) {
        this.framework = framework;
    }

    public static EmbeddedFramework start(Path storage) throws BundleException {
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).iterator().next();
        Framework framework = factory.newFramework(Map.of(Constants.FRAMEWORK_STORAGE, storage.toString()));
        framework.start();
        return new EmbeddedFramework(framework);
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    /** The bundle installed at {@code location}, or null. */
    public Bundle bundleAt(String location) {
        return context().getBundle(location);
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        framework.stop();
        framework.waitForStop(0);
    }
}
