package io.segue.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The Segue runtime as the tests boot it: the run bundles the runtime module exported
 * (runtime/target/export/segue, system property {@code segue.runbundles}), the shipped configuration directory
 * watched by FileInstall (system property {@code segue.config}) and the runtime's framework properties.
 */
public final class SegueRuntime {

    /** How long a test waits for something the runtime should do promptly (start, bind, reconfigure). */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private SegueRuntime() {
    }

    /** The Pax Exam options that boot the runtime; every test class's {@code @Configuration}. */
    /**
     * The runtime on a copy of the shipped configuration whose library file is a fresh one under {@code target/}:
     * a test never touches a library outside the build.
     */
    public static Option[] options() {
        return options(configWithFreshLibrary());
    }

    /** A copy of the shipped configuration, with {@code databaseFile} pointing into a new folder under target/. */
    public static Path configWithFreshLibrary() {
        try {
            return configWithFreshLibrary(Files.createTempDirectory(
                    Files.createDirectories(Path.of("target", "itest-config")), "config"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #configWithFreshLibrary()}, in {@code copy}, a new directory at a path the test knows: the test
     * method runs in the framework, where the fields the {@code @Configuration} method set are not seen.
     */
    public static Path configWithFreshLibrary(Path copy) {
        try {
            Files.createDirectories(copy);
            try (Stream<Path> shipped = Files.list(shippedConfig())) {
                for (Path file : shipped.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path data = copy.resolve("data");
            if (Files.isDirectory(data)) {
                try (Stream<Path> earlier = Files.list(data)) {
                    for (Path file : earlier.toList()) {
                        Files.delete(file); // the library of an earlier run
                    }
                }
            }
            Path library = copy.resolve("io.segue.library.cfg");
            Path database = data.resolve("segue-library.db").toAbsolutePath();
            Files.writeString(library, Files.readString(library).replaceAll("(?m)^databaseFile=.*$",
                    Matcher.quoteReplacement("databaseFile=" + database.toString().replace('\\', '/'))));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options that boot the runtime with FileInstall watching {@code configDirectory} instead. */
    public static Option[] options(Path configDirectory) {
        List<Option> options = new ArrayList<>();
        options.add(junitBundles());
        for (Path jar : runBundles()) {
            options.add(bundle(jar.toUri().toString()));
        }
        // as in runtime/segue.bndrun, with the shell in service mode (no console in a test)
        options.add(systemProperty("felix.fileinstall.dir").value(configDirectory.toAbsolutePath().toString()));
        options.add(systemProperty("felix.fileinstall.poll").value("500"));
        options.add(systemProperty("felix.fileinstall.noInitialDelay").value("true"));
        options.add(systemProperty("felix.fileinstall.enableConfigSave").value("false"));
        options.add(systemProperty("ds.loglevel").value("warn"));
        options.add(systemProperty("gosh.args").value("--nointeractive"));
        options.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        return options.toArray(Option[]::new);
    }

    /** The shipped configuration directory, config/ at the top of the project. */
    public static Path shippedConfig() {
        return Path.of(property("segue.config"));
    }

    /** The bundle jars the runtime ships. */
    public static List<Path> runBundles() {
        Path directory = Path.of(property("segue.runbundles"));
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
            if (jars.isEmpty()) {
                throw new IllegalStateException("no bundles in " + directory + "; build the runtime module first");
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the runtime's bundles in " + directory
                    + "; build the runtime module first", e);
        }
    }

    /** The installed bundle named {@code symbolicName}. */
    public static Bundle installedBundle(BundleContext context, String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    /** The symbolic name in a bundle jar's manifest. */
    public static String symbolicName(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String name = file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            return name == null ? null : name.split(";", 2)[0].trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set (itests/pom.xml sets it)");
        }
        return value;
    }
}
