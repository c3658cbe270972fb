package io.segue.deploy.internal.folder;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.log.Logger;

/** Opens a {@link DeployFolderWatcher} and scans it every {@code pollMillis} on a thread of its own, until closed. */
public final class FolderPoller implements AutoCloseable {

    private final DeployFolderWatcher watcher;
    private final Logger log;
    private final ScheduledExecutorService executor;

    public FolderPoller(DeployFolderWatcher watcher, long pollMillis, Logger log) {
        this.watcher = watcher;
        this.log = log;
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "segue-deploy " + watcher.folder().getFileName());
            thread.setDaemon(true);
            return thread;
        });
        executor.execute(this::open);
        executor.scheduleWithFixedDelay(this::scan, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    public DeployFolderWatcher watcher() {
        return watcher;
    }

    /**
     * Stops the scans (interrupting one that waits for a refresh: the framework may be refreshing this very bundle)
     * and the watcher; installed bundles stay.
     */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("deploy folder " + watcher.folder() + ": a scan was still running after 5 s; left to end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        watcher.close();
    }

    private void open() {
        try {
            watcher.open();
        } catch (Exception e) {
            log.error("deploy folder " + watcher.folder() + " cannot be watched: " + e, e);
        }
    }

    private void scan() {
        try {
            watcher.scan();
        } catch (RuntimeException e) {
            // one bad scan must not end the scheduled ones
            log.error("deploy folder " + watcher.folder() + ": scan failed: " + e, e);
        }
    }
}
