package io.segue.deploy.internal.folder;

import io.segue.deploy.internal.bundles.BundleInstaller;
import io.segue.deploy.internal.bundles.DeployException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.log.Logger;

/**
 * The deploy folder, without DS: each {@link #scan()} compares the folder's {@code *.jar} files with the previous
 * scan and with the bundles installed from them. A new jar is installed and started, a replaced one updated and
 * refreshed, a deleted one uninstalled. A file acts only once it has the same size and modification time on two
 * scans in a row, so a jar still being copied is left alone. Each file's problem (not a jar, not a bundle, does not
 * resolve, clashes with another bundle) is kept for {@link #status()} and logged once; a bundle that does not
 * resolve stays installed and is tried again whenever bundles change.
 *
 * <p>Bundles are installed at the {@code file:} URI of their jar, which is how {@link #open()} recognises them after
 * a restart: those whose file is gone are uninstalled, the others kept (updated if the file changed meanwhile).
 * Names starting with a dot (editors' and copy tools' temporary files) are ignored. Thread-safe; one scan at a time.
 */
public final class DeployFolderWatcher {

    /** In the deploy bundle's data area: which file each bundle was installed from. */
    static final String STORE = "deployed-files.properties";

    private final Path folder;
    private final BundleContext context;
    private final BundleInstaller installer;
    private final Logger log;
    private final DeployedFiles deployed;
    private final Map<String, Tracked> files = new TreeMap<>();
    private final SynchronousBundleListener listener = event -> frameworkChanged = true;
    private final AtomicLong scans = new AtomicLong();
    private volatile boolean frameworkChanged;
    private boolean open;
    private boolean folderMissingLogged;

    public DeployFolderWatcher(Path folder, BundleContext context, Logger log) {
        this.folder = folder.toAbsolutePath().normalize();
        this.context = context;
        this.installer = new BundleInstaller(context);
        this.log = log;
        File store = context.getDataFile(STORE);
        this.deployed = new DeployedFiles(store == null ? null : store.toPath());
    }

    /** The folder watched, absolute. */
    public Path folder() {
        return folder;
    }

    /** How many scans have run: lets a caller wait for the next one. */
    public long scans() {
        return scans.get();
    }

    /** The bundle location of a file in the folder: its {@code file:} URI. */
    public String locationOf(String fileName) {
        return folder.resolve(fileName).toUri().toString();
    }

    /** Whether {@code location} names a jar in this folder (installed by it, or by segue:install from it). */
    public boolean holds(String location) {
        Path file = fileOf(location);
        return file != null && folder.equals(file.getParent());
    }

    /**
     * Creates the folder if missing and reconciles with the bundles installed from it earlier: one whose file is
     * gone is uninstalled; the others are tracked (and updated at the next scans if their file changed).
     *
     * @throws IOException when the folder cannot be created
     */
    public synchronized void open() throws IOException {
        Files.createDirectories(folder);
        context.addBundleListener(listener);
        open = true;
        for (Bundle bundle : context.getBundles()) {
            String location = bundle.getLocation();
            if (!holds(location)) {
                continue;
            }
            Path file = fileOf(location);
            String name = String.valueOf(file.getFileName());
            if (!isJar(name)) {
                continue; // installed from the folder by segue:install, not a file the folder deploys
            }
            if (!Files.isRegularFile(file)) {
                uninstall(bundle, name + " is no longer in " + folder);
                forget(location);
                continue;
            }
            Tracked tracked = track(name);
            tracked.bundle = bundle;
            tracked.deployed = deployed.get(location);
        }
        frameworkChanged = true; // the first scan tries again the bundles left unresolved
        log.info("deploy folder " + folder + ": watching, " + files.size() + " jar(s) installed from it earlier");
    }

    /** Stops listening; installed bundles stay. */
    public synchronized void close() {
        if (open) {
            open = false;
            context.removeBundleListener(listener);
        }
    }

    /** One look at the folder: installs, updates and uninstalls what changed, tries again what did not resolve. */
    public synchronized void scan() {
        if (!open) {
            return;
        }
        scans.incrementAndGet();
        Map<String, FileSnapshot> present = list();
        if (present == null) {
            return;
        }
        for (Iterator<Tracked> it = files.values().iterator(); it.hasNext();) {
            Tracked tracked = it.next();
            if (!present.containsKey(tracked.name)) {
                it.remove();
                if (tracked.bundle != null && tracked.bundle.getState() != Bundle.UNINSTALLED) {
                    uninstall(tracked.bundle, tracked.name + " was deleted");
                }
                forget(tracked.location);
            }
        }
        for (Map.Entry<String, FileSnapshot> entry : present.entrySet()) {
            Tracked tracked = files.computeIfAbsent(entry.getKey(), this::newTracked);
            FileSnapshot now = entry.getValue();
            boolean stable = now.equals(tracked.seen);
            tracked.seen = now;
            if (stable && !now.equals(tracked.deployed) && !now.equals(tracked.failed)) {
                deploy(tracked, now);
            }
        }
        noticeUninstalledByHand();
        if (frameworkChanged) {
            frameworkChanged = false;
            retry();
        }
    }

    /** Every jar in the folder, by file name. */
    public synchronized List<FileStatus> status() {
        List<FileStatus> status = new ArrayList<>();
        for (Tracked tracked : files.values()) {
            Bundle bundle = tracked.bundle;
            if (bundle != null && bundle.getState() != Bundle.UNINSTALLED) {
                status.add(new FileStatus(tracked.name, bundle.getBundleId(), bundle.getSymbolicName(),
                        bundle.getVersion().toString(), stateOf(bundle), tracked.problem));
            } else if (tracked.problem == null) {
                status.add(new FileStatus(tracked.name, -1, null, null, "COPYING", null));
            } else {
                String state = tracked.failed == null && tracked.deployed != null ? "UNINSTALLED" : "FAILED";
                status.add(new FileStatus(tracked.name, -1, null, null, state, tracked.problem));
            }
        }
        return status;
    }

    private void deploy(Tracked tracked, FileSnapshot now) {
        Bundle existing = context.getBundle(tracked.location);
        if (existing != null && tracked.bundle == null && existing.getLastModified() >= now.modifiedMillis()) {
            // installed from this very file already (segue:install of a jar in the folder)
            tracked.bundle = existing;
            tracked.deployed = now;
            remember(tracked.location, now);
            return;
        }
        try {
            BundleInstaller.Deployed done = installer.deploy(tracked.location, tracked.file);
            tracked.bundle = done.bundle();
            tracked.deployed = now;
            tracked.failed = null;
            tracked.conflict = false;
            remember(tracked.location, now);
            String what = tracked.name + ": " + (done.updated() ? "updated " : "installed ")
                    + BundleInstaller.describe(done.bundle());
            if (done.problem() == null) {
                log.info(what + (done.jar().fragment() ? " (a fragment)" : " and started"));
            } else {
                log.warn(what + ", but it " + done.problem());
            }
            tracked.problem = done.problem();
        } catch (DeployException e) {
            String previous = tracked.problem;
            boolean again = tracked.conflict;
            tracked.failed = now;
            tracked.conflict = e.isConflict();
            Bundle running = tracked.bundle;
            tracked.problem = running == null || running.getState() == Bundle.UNINSTALLED ? e.getMessage()
                    : e.getMessage() + " (" + BundleInstaller.describe(running) + " keeps running the jar before)";
            if (!(again && tracked.problem.equals(previous))) {
                log.warn(tracked.problem);
            }
        }
    }

    private void retry() {
        for (Tracked tracked : files.values()) {
            Bundle bundle = tracked.bundle;
            if (bundle != null && bundle.getState() == Bundle.INSTALLED && tracked.failed == null
                    && meantToRun(bundle)) {
                String problem = installer.retry(bundle);
                String described = tracked.name + ": " + BundleInstaller.describe(bundle);
                if (problem == null) {
                    log.info(described + " resolves now that other bundles changed"
                            + (BundleInstaller.isFragment(bundle) ? "" : "; started"));
                } else if (!problem.equals(tracked.problem)) {
                    log.warn(described + " " + problem);
                }
                tracked.problem = problem;
            } else if (tracked.conflict && tracked.failed != null) {
                tracked.failed = null; // the clash may be gone: the next scan tries it again
            }
        }
    }

    /**
     * Whether an unresolved bundle is one to resolve and start: a fragment, or a bundle not stopped by hand (one
     * whose dependency was uninstalled lost its resolution but is still marked started).
     */
    private static boolean meantToRun(Bundle bundle) {
        BundleStartLevel startLevel = bundle.adapt(BundleStartLevel.class);
        return BundleInstaller.isFragment(bundle) || startLevel == null || startLevel.isPersistentlyStarted();
    }

    private void noticeUninstalledByHand() {
        for (Tracked tracked : files.values()) {
            if (tracked.bundle != null && tracked.bundle.getState() == Bundle.UNINSTALLED) {
                tracked.problem = "bundle " + tracked.bundle.getBundleId() + " was uninstalled by hand; replace or "
                        + "touch " + tracked.name + " to install it again";
                tracked.bundle = null;
                log.info(tracked.name + ": " + tracked.problem);
            }
        }
    }

    private void uninstall(Bundle bundle, String reason) {
        String described = BundleInstaller.describe(bundle);
        try {
            installer.uninstall(bundle);
            log.info(reason + ": uninstalled " + described);
        } catch (DeployException e) {
            log.error(reason + ": " + e.getMessage());
        }
    }

    /** @return null when the folder cannot be listed (then nothing is uninstalled: it may be a disk away) */
    private Map<String, FileSnapshot> list() {
        Map<String, FileSnapshot> present = new TreeMap<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path file : stream) {
                String name = String.valueOf(file.getFileName());
                FileSnapshot snapshot = isJar(name) && Files.isRegularFile(file) ? FileSnapshot.of(file) : null;
                if (snapshot != null) {
                    present.put(name, snapshot);
                }
            }
            folderMissingLogged = false;
            return present;
        } catch (IOException e) {
            if (!folderMissingLogged) {
                folderMissingLogged = true;
                log.warn("deploy folder " + folder + " cannot be read (" + (e instanceof NoSuchFileException
                        ? "it is gone" : e.toString()) + "); its bundles stay installed until it is back");
            }
            return null;
        }
    }

    private Tracked track(String name) {
        return files.computeIfAbsent(name, this::newTracked);
    }

    private Tracked newTracked(String name) {
        return new Tracked(name, folder.resolve(name), locationOf(name));
    }

    private void remember(String location, FileSnapshot snapshot) {
        try {
            deployed.put(location, snapshot);
        } catch (IOException e) {
            log.warn("cannot record which file " + location + " came from (" + e + "); after a restart it may be "
                    + "updated again");
        }
    }

    private void forget(String location) {
        try {
            deployed.remove(location);
        } catch (IOException e) {
            log.warn("cannot record that " + location + " is gone (" + e + ")");
        }
    }

    private static boolean isJar(String name) {
        return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    private static Path fileOf(String location) {
        if (location == null || !location.startsWith("file:")) {
            return null;
        }
        try {
            return Path.of(URI.create(location)).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    static String stateOf(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }

    /** What the watcher knows of one file name. */
    private static final class Tracked {
        final String name;
        final Path file;
        final String location;
        /** At the previous scan. */
        FileSnapshot seen;
        /** The file its bundle was installed or updated from. */
        FileSnapshot deployed;
        /** The file that could not be installed: not tried again until it changes (or, for a conflict, bundles do). */
        FileSnapshot failed;
        boolean conflict;
        Bundle bundle;
        String problem;

        Tracked(String name, Path file, String location) {
            this.name = name;
            this.file = file;
            this.location = location;
        }
    }
}
