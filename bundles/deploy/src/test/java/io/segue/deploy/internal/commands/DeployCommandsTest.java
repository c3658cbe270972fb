package io.segue.deploy.internal.commands;

import static io.segue.deploy.internal.testing.TestJars.bundle;
import static io.segue.deploy.internal.testing.TestJars.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.deploy.internal.bundles.DeployException;
import io.segue.deploy.internal.testing.EmbeddedFramework;
import io.segue.deploy.internal.testing.TestJars;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

class DeployCommandsTest {

    @TempDir
    Path temp;
    private EmbeddedFramework framework;
    private DeployCommands commands;

    @BeforeEach
    void start() throws Exception {
        framework = EmbeddedFramework.start(temp.resolve("cache"));
        commands = new DeployCommands(framework.context(), null);
    }

    @AfterEach
    void stop() throws Exception {
        framework.close();
    }

    @Test
    void installStartsTheBundleAndAnInstallFromTheSamePlaceUpdatesIt() throws Exception {
        Path jar = write(temp.resolve("a.jar"), bundle("io.test.a", "1.0.0"));
        String location = jar.toUri().toString();

        String installed = commands.install(jar.toString());
        Bundle bundle = framework.bundleAt(location);
        assertEquals(Bundle.ACTIVE, bundle.getState());
        assertEquals("installed bundle " + bundle.getBundleId() + " io.test.a 1.0.0 and started from " + location,
                installed);

        write(jar, bundle("io.test.a", "1.1.0"));
        String updated = commands.install(location);
        assertEquals("updated bundle " + bundle.getBundleId() + " io.test.a 1.1.0 and started from " + location,
                updated);
        assertEquals(new Version(1, 1, 0), bundle.getVersion());
        assertEquals(Bundle.ACTIVE, bundle.getState());
    }

    @Test
    void installOfAFileThatDoesNotExistSaysSo() {
        Path missing = temp.resolve("missing.jar");
        DeployException e = assertThrows(DeployException.class, () -> commands.install(missing.toString()));
        assertEquals("no such file: " + missing, e.getMessage());
    }

    @Test
    void installOfAJarThatIsNotABundleSaysSoAndInstallsNothing() throws Exception {
        Path plain = write(temp.resolve("plain.jar"), TestJars.jar("Created-By: a test"));
        Path text = Files.writeString(temp.resolve("text.jar"), "hello");

        assertEquals("plain.jar is not an OSGi bundle: its manifest has no Bundle-SymbolicName",
                assertThrows(DeployException.class, () -> commands.install(plain.toString())).getMessage());
        assertTrue(assertThrows(DeployException.class, () -> commands.install(text.toString())).getMessage()
                .startsWith("text.jar is not a jar (zip) file"));
        assertEquals(1, framework.context().getBundles().length);
    }

    @Test
    void installOfABundleThatDoesNotResolveNamesTheMissingPackageAndLeavesItInstalled() throws Exception {
        Path jar = write(temp.resolve("b.jar"), bundle("io.test.b", "1.0.0", "Import-Package: org.foo;version=1.2"));

        DeployException e = assertThrows(DeployException.class, () -> commands.install(jar.toString()));

        Bundle bundle = framework.bundleAt(jar.toUri().toString());
        assertEquals(Bundle.INSTALLED, bundle.getState());
        assertEquals("installed bundle " + bundle.getBundleId() + " io.test.b 1.0.0 from " + jar.toUri() + ", but it "
                + "does not resolve: needs package org.foo [1.2.0,∞), which no installed bundle exports; it stays "
                + "installed, not started", e.getMessage());
    }

    @Test
    void uninstallFindsABundleByIdSymbolicNameOrLocation() throws Exception {
        Bundle a = installed("a.jar", "io.test.a");
        Bundle b = installed("b.jar", "io.test.b");
        Bundle c = installed("c.jar", "io.test.c");

        assertEquals("uninstalled bundle " + a.getBundleId() + " io.test.a 1.0.0 (from " + a.getLocation() + ")",
                commands.uninstall(Long.toString(a.getBundleId())));
        commands.uninstall("io.test.b");
        commands.uninstall(c.getLocation());

        assertEquals(Bundle.UNINSTALLED, a.getState());
        assertEquals(Bundle.UNINSTALLED, b.getState());
        assertEquals(Bundle.UNINSTALLED, c.getState());
    }

    @Test
    void uninstallRefusesTheSystemBundleAndSaysWhenNothingMatches() {
        assertEquals("bundle 0 org.apache.felix.framework 7.0.5 is the system bundle (the framework); it cannot be "
                + "uninstalled", assertThrows(DeployException.class, () -> commands.uninstall("0")).getMessage());
        assertEquals(Bundle.ACTIVE, framework.context().getBundle(0).getState());
        assertEquals("no bundle has id 42",
                assertThrows(DeployException.class, () -> commands.uninstall("42")).getMessage());
        assertEquals("no bundle has the id, symbolic name or location 'io.test.nothing'",
                assertThrows(DeployException.class, () -> commands.uninstall("io.test.nothing")).getMessage());
    }

    @Test
    void uninstallByANameSeveralBundlesHaveAsksForTheId() throws Exception {
        Bundle one = installed("a1.jar", "io.test.a");
        write(temp.resolve("a2.jar"), bundle("io.test.a", "2.0.0"));
        commands.install(temp.resolve("a2.jar").toString());
        Bundle two = framework.bundleAt(temp.resolve("a2.jar").toUri().toString());

        DeployException e = assertThrows(DeployException.class, () -> commands.uninstall("io.test.a"));

        assertEquals("several bundles are named io.test.a (bundle " + one.getBundleId() + " io.test.a 1.0.0, bundle "
                + two.getBundleId() + " io.test.a 2.0.0): give the id", e.getMessage());
    }

    @Test
    void deployWithoutTheFolderSaysItIsNotRunning() {
        assertEquals("the deploy folder is not running (see the log for io.segue.deploy)", commands.deploy());
    }

    private Bundle installed(String file, String symbolicName) throws Exception {
        Path jar = write(temp.resolve(file), bundle(symbolicName, "1.0.0"));
        commands.install(jar.toString());
        Bundle bundle = framework.bundleAt(jar.toUri().toString());
        assertNotNull(bundle, file + " installed");
        return bundle;
    }
}
