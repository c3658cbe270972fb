package io.segue.deploy.internal.folder;

import static io.segue.deploy.internal.testing.TestJars.bundle;
import static io.segue.deploy.internal.testing.TestJars.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.deploy.internal.bundles.BundleInstaller;
import io.segue.deploy.internal.testing.EmbeddedFramework;
import io.segue.deploy.internal.testing.TestJars;
import io.segue.testing.RecordingLogger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

class DeployFolderWatcherTest {

    @TempDir
    Path temp;
    private Path folder;
    private EmbeddedFramework framework;
    private final RecordingLogger log = new RecordingLogger();
    private DeployFolderWatcher watcher;

    @BeforeEach
    void start() throws Exception {
        folder = temp.resolve("deploy");
        framework = EmbeddedFramework.start(temp.resolve("cache"));
        watcher = new DeployFolderWatcher(folder, framework.context(), log.logger());
        watcher.open();
    }

    @AfterEach
    void stop() throws Exception {
        watcher.close();
        framework.close();
    }

    @Test
    void createsTheFolder() {
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aJarDroppedInIsInstalledAndStartedOnceItStopsChanging() throws Exception {
        write(folder.resolve("a.jar"), bundle("io.test.a", "1.0.0"));

        watcher.scan();
        assertNull(bundleOf("a.jar"), "one look is not enough: the file may still be being written");
        watcher.scan();

        Bundle bundle = bundleOf("a.jar");
        assertNotNull(bundle);
        assertEquals("io.test.a", bundle.getSymbolicName());
        assertEquals(Bundle.ACTIVE, bundle.getState());
        FileStatus status = statusOf("a.jar");
        assertEquals(new FileStatus("a.jar", bundle.getBundleId(), "io.test.a", "1.0.0", "ACTIVE", null), status);
        assertTrue(log.lines().stream().anyMatch(line -> line.startsWith("INFO a.jar: installed bundle "
                + bundle.getBundleId() + " io.test.a 1.0.0 and started")), log.lines()::toString);
    }

    @Test
    void aReplacedJarUpdatesTheSameBundle() throws Exception {
        Path jar = write(folder.resolve("a.jar"), bundle("io.test.a", "1.0.0"));
        scanTwice();
        long id = bundleOf("a.jar").getBundleId();

        write(jar, bundle("io.test.a", "1.1.0"));
        scanTwice();

        Bundle bundle = bundleOf("a.jar");
        assertEquals(id, bundle.getBundleId());
        assertEquals(new Version(1, 1, 0), bundle.getVersion());
        assertEquals(Bundle.ACTIVE, bundle.getState());
        assertTrue(log.lines().contains("INFO a.jar: updated bundle " + id + " io.test.a 1.1.0 and started"),
                log.lines()::toString);
    }

    @Test
    void aDeletedJarIsUninstalled() throws Exception {
        Path jar = write(folder.resolve("a.jar"), bundle("io.test.a", "1.0.0"));
        scanTwice();
        Bundle bundle = bundleOf("a.jar");

        Files.delete(jar);
        watcher.scan();

        assertEquals(Bundle.UNINSTALLED, bundle.getState());
        assertNull(bundleOf("a.jar"));
        assertTrue(watcher.status().isEmpty());
    }

    @Test
    void aJarBeingCopiedIsNotInstalledUntilItIsComplete() throws Exception {
        byte[] complete = bundle("io.test.a", "1.0.0");
        Path jar = folder.resolve("a.jar");
        Files.write(jar, Arrays.copyOf(complete, complete.length / 3));
        watcher.scan();
        Files.write(jar, Arrays.copyOf(complete, 2 * complete.length / 3));
        watcher.scan();

        assertNull(bundleOf("a.jar"));
        assertEquals("COPYING", statusOf("a.jar").state());
        assertNull(statusOf("a.jar").problem(), "a file still growing is not judged");

        // a copy that stalls half-way is judged, and refused: it is not a zip yet
        watcher.scan();
        assertNull(bundleOf("a.jar"));
        assertEquals("FAILED", statusOf("a.jar").state());
        assertTrue(statusOf("a.jar").problem().startsWith("a.jar is not a jar (zip) file"),
                statusOf("a.jar")::problem);

        Files.write(jar, complete);
        scanTwice();
        assertEquals(Bundle.ACTIVE, bundleOf("a.jar").getState());
        assertNull(statusOf("a.jar").problem());
    }

    @Test
    void aFileThatIsNotAJarOrNotABundleIsReportedAndNotInstalled() throws Exception {
        Files.writeString(folder.resolve("notes.jar"), "not a zip at all");
        write(folder.resolve("plain.jar"), TestJars.jar("Created-By: a test"));
        scanTwice();

        assertEquals(1, framework.context().getBundles().length, "only the system bundle");
        FileStatus notes = statusOf("notes.jar");
        assertEquals("FAILED", notes.state());
        assertTrue(notes.problem().startsWith("notes.jar is not a jar (zip) file"), notes::problem);
        assertEquals("plain.jar is not an OSGi bundle: its manifest has no Bundle-SymbolicName",
                statusOf("plain.jar").problem());
        assertTrue(log.lines().contains("WARN plain.jar is not an OSGi bundle: its manifest has no "
                + "Bundle-SymbolicName"), log.lines()::toString);

        long warnings = log.lines().stream().filter(line -> line.startsWith("WARN")).count();
        scanTwice();
        assertEquals(warnings, log.lines().stream().filter(line -> line.startsWith("WARN")).count(),
                "a problem is logged once, not at every look");
    }

    @Test
    void aBundleThatDoesNotResolveSaysWhatIsMissingAndStartsWhenItArrives() throws Exception {
        write(folder.resolve("b.jar"), bundle("io.test.b", "1.0.0", "Import-Package: org.foo;version=\"[1.0,2.0)\""));
        scanTwice();

        Bundle b = bundleOf("b.jar");
        assertEquals(Bundle.INSTALLED, b.getState());
        String expected = "does not resolve: needs package org.foo [1.0.0,2.0.0), which no installed bundle exports";
        assertEquals(expected, statusOf("b.jar").problem());
        assertTrue(log.lines().contains("WARN b.jar: installed bundle " + b.getBundleId() + " io.test.b 1.0.0, but it "
                + expected), log.lines()::toString);

        write(folder.resolve("a.jar"), bundle("io.test.a", "1.0.0", "Export-Package: org.foo;version=1.5"));
        scanTwice();

        assertEquals(Bundle.ACTIVE, bundleOf("a.jar").getState());
        assertEquals(Bundle.ACTIVE, b.getState());
        assertNull(statusOf("b.jar").problem());
    }

    @Test
    void aBundleWhoseDependencyIsDeletedSaysWhatItLostAndStartsWhenItComesBack() throws Exception {
        byte[] a = bundle("io.test.a", "1.0.0", "Export-Package: org.foo;version=1.5");
        write(folder.resolve("a.jar"), a);
        write(folder.resolve("b.jar"), bundle("io.test.b", "1.0.0", "Import-Package: org.foo"));
        scanTwice();
        Bundle b = bundleOf("b.jar");
        assertEquals(Bundle.ACTIVE, b.getState());

        Files.delete(folder.resolve("a.jar"));
        scanTwice();
        assertEquals(Bundle.INSTALLED, b.getState());
        assertEquals("does not resolve: needs package org.foo, which no installed bundle exports",
                statusOf("b.jar").problem());

        write(folder.resolve("a.jar"), a);
        scanTwice();
        assertEquals(Bundle.ACTIVE, b.getState());
        assertNull(statusOf("b.jar").problem());
    }

    @Test
    void aBundleNeedingOneThatDoesNotResolveSaysSo() throws Exception {
        write(folder.resolve("a.jar"), bundle("io.test.a", "1.0.0", "Export-Package: org.foo;version=1.5",
                "Import-Package: org.bar"));
        write(folder.resolve("b.jar"), bundle("io.test.b", "1.0.0", "Import-Package: org.foo"));
        scanTwice();

        long a = bundleOf("a.jar").getBundleId();
        assertEquals("does not resolve: needs package org.bar, which no installed bundle exports",
                statusOf("a.jar").problem());
        assertEquals("does not resolve: needs package org.foo, which only io.test.a 1.0.0 (bundle " + a
                + ") provides, and it does not resolve", statusOf("b.jar").problem());
    }

    @Test
    void aFragmentIsAttachedToItsHostAndNotStarted() throws Exception {
        write(folder.resolve("host.jar"), bundle("io.test.host", "1.0.0"));
        scanTwice();
        write(folder.resolve("fragment.jar"), bundle("io.test.fragment", "1.0.0", "Fragment-Host: io.test.host"));
        scanTwice();

        assertEquals(Bundle.RESOLVED, bundleOf("fragment.jar").getState(), () -> watcher.status() + " " + log.lines());
        assertEquals(Bundle.ACTIVE, bundleOf("host.jar").getState());
        assertNull(statusOf("fragment.jar").problem());
    }

    @Test
    void aFragmentWithoutItsHostSaysWhichHost() throws Exception {
        write(folder.resolve("fragment.jar"), bundle("io.test.fragment", "1.0.0",
                "Fragment-Host: io.test.host;bundle-version=\"[1,2)\""));
        scanTwice();

        assertEquals(Bundle.INSTALLED, bundleOf("fragment.jar").getState());
        assertEquals("does not resolve: needs host bundle io.test.host [1.0.0,2.0.0), which is not installed",
                statusOf("fragment.jar").problem());

        write(folder.resolve("host.jar"), bundle("io.test.host", "1.2.0"));
        scanTwice();
        assertEquals(Bundle.RESOLVED, bundleOf("fragment.jar").getState());
        assertEquals(Bundle.ACTIVE, bundleOf("host.jar").getState());
    }

    @Test
    void aSecondCopyOfABundleIsRefusedUntilTheFirstGoes() throws Exception {
        byte[] a = bundle("io.test.a", "1.0.0");
        write(folder.resolve("a.jar"), a);
        scanTwice();
        long id = bundleOf("a.jar").getBundleId();
        write(folder.resolve("a-copy.jar"), a);
        scanTwice();

        assertNull(bundleOf("a-copy.jar"));
        assertEquals("a-copy.jar is io.test.a 1.0.0, which is already installed as bundle " + id + " io.test.a "
                + "1.0.0 from " + watcher.locationOf("a.jar") + " (a symbolic name and version can be installed once)",
                statusOf("a-copy.jar").problem());

        Files.delete(folder.resolve("a.jar"));
        scanTwice();
        assertEquals(Bundle.ACTIVE, bundleOf("a-copy.jar").getState());
    }

    @Test
    void aBundleUninstalledByHandIsNotInstalledAgainUntilItsFileChanges() throws Exception {
        Path jar = write(folder.resolve("a.jar"), bundle("io.test.a", "1.0.0"));
        scanTwice();
        bundleOf("a.jar").uninstall();
        scanTwice();

        assertNull(bundleOf("a.jar"));
        assertEquals("UNINSTALLED", statusOf("a.jar").state());

        write(jar, bundle("io.test.a", "1.0.1"));
        scanTwice();
        assertEquals(Bundle.ACTIVE, bundleOf("a.jar").getState());
    }

    @Test
    void aJarOfTheFolderInstalledByTheCommandIsTakenAsItIs() throws Exception {
        Path jar = write(folder.resolve("a.jar"), bundle("io.test.a", "1.0.0"));
        Bundle bundle = new BundleInstaller(framework.context()).deploy(watcher.locationOf("a.jar"), jar).bundle();
        long modified = bundle.getLastModified();
        scanTwice();

        assertEquals(modified, bundle.getLastModified(), "not updated again from the same file");
        assertTrue(log.lines().stream().noneMatch(line -> line.contains("a.jar: updated")), log.lines()::toString);
        assertEquals(bundle.getBundleId(), statusOf("a.jar").bundleId());
        assertEquals("ACTIVE", statusOf("a.jar").state());
    }

    @Test
    void atOpenItReconcilesWithWhatWasInstalledFromTheFolderBefore() throws Exception {
        write(folder.resolve("gone.jar"), bundle("io.test.gone", "1.0.0"));
        Path replaced = write(folder.resolve("replaced.jar"), bundle("io.test.replaced", "1.0.0"));
        write(folder.resolve("kept.jar"), bundle("io.test.kept", "1.0.0"));
        scanTwice();
        long replacedId = bundleOf("replaced.jar").getBundleId();
        long keptId = bundleOf("kept.jar").getBundleId();
        long keptModified = bundleOf("kept.jar").getLastModified();
        watcher.close();
        framework.close();

        // while Segue is down: one jar deleted, one replaced, one added
        Files.delete(folder.resolve("gone.jar"));
        write(replaced, bundle("io.test.replaced", "2.0.0"));
        write(folder.resolve("added.jar"), bundle("io.test.added", "1.0.0"));

        framework = EmbeddedFramework.start(temp.resolve("cache"));
        watcher = new DeployFolderWatcher(folder, framework.context(), log.logger());
        watcher.open();
        assertNull(bundleOf("gone.jar"), "uninstalled at once");
        scanTwice();

        assertEquals(replacedId, bundleOf("replaced.jar").getBundleId());
        assertEquals(new Version(2, 0, 0), bundleOf("replaced.jar").getVersion());
        assertEquals(Bundle.ACTIVE, bundleOf("replaced.jar").getState());
        assertEquals(keptId, bundleOf("kept.jar").getBundleId());
        assertEquals(keptModified, bundleOf("kept.jar").getLastModified(), "an unchanged jar is not updated");
        assertEquals(Bundle.ACTIVE, bundleOf("added.jar").getState());
        assertEquals(3, watcher.status().size());
    }

    private void scanTwice() {
        watcher.scan();
        watcher.scan();
    }

    private Bundle bundleOf(String file) {
        return framework.bundleAt(watcher.locationOf(file));
    }

    private FileStatus statusOf(String file) {
        return watcher.status().stream().filter(status -> status.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " not in " + watcher.status()));
    }
}
