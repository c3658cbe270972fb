package io.segue.shell.internal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * A Felix framework in the test's JVM running the runtime's own ConfigAdmin, MetaType and FileInstall bundles
 * (the jars on the test class path). The system bundle exports the service APIs from the class path, so the
 * test's code and the bundles share them.
 */
public final class EmbeddedFelix implements AutoCloseable {

    private static final String APIS = "org.osgi.service.cm;version=1.6.0,org.osgi.service.metatype;version=1.4.0,"
            + "org.osgi.service.log;version=1.5.0";

    private final Framework framework;

    /**
     * @param storage    the framework's bundle cache (a fresh folder)
     * @param properties more framework properties (e.g. {@code felix.fileinstall.dir})
     * @param bundles    a class from each bundle jar to install and start, in order
     */
    public EmbeddedFelix(Path storage, Map<String, String> properties, Class<?>... bundles)
            throws BundleException, IOException {
        Map<String, String> configuration = new HashMap<>(properties);
        configuration.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        configuration.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        configuration.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, APIS);
        framework = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the test class path"))
                .newFramework(configuration);
        framework.start();
        for (Class<?> inBundle : bundles) {
            install(jarOf(inBundle)).start();
        }
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    public Bundle install(Path jar) throws BundleException {
        return context().installBundle(jar.toUri().toString());
    }

    /**
     * The service registered by a started bundle (those here register theirs when they start).
     *
     * @throws IllegalStateException when none is registered
     */
    public <S> S service(Class<S> type) {
        ServiceReference<S> reference = context().getServiceReference(type);
        if (reference == null) {
            throw new IllegalStateException("no " + type.getName() + " service in the embedded framework");
        }
        return context().getService(reference);
    }

    /**
     * Writes a bundle jar with {@code symbolicName} holding one resource: enough for the metatype service to
     * describe its pids.
     */
    public static Path bundle(Path jar, String symbolicName, String entry, InputStream content) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        main.putValue(Constants.BUNDLE_VERSION, "1.0.0");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(entry));
            content.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        framework.stop();
        framework.waitForStop(0);
    }

    private static Path jarOf(Class<?> inBundle) {
        try {
            return Path.of(inBundle.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + inBundle, e);
        }
    }
}
