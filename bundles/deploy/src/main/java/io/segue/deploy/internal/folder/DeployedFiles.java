package io.segue.deploy.internal.folder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Which version of each file its bundle was installed from (bundle location to {@link FileSnapshot}), kept in the
 * deploy bundle's data area: after a restart with a kept bundle cache, a jar replaced while Segue was down is
 * updated and an unchanged one is left alone.
 */
final class DeployedFiles {

    private final Path store;
    private final Properties snapshots = new Properties();

    /** @param store the file to keep them in; null keeps them in memory only */
    DeployedFiles(Path store) {
        this.store = store;
        if (store != null && Files.isRegularFile(store)) {
            try (InputStream in = Files.newInputStream(store)) {
                snapshots.load(in);
            } catch (IOException | IllegalArgumentException e) {
                snapshots.clear(); // unreadable: every file then counts as changed and is installed again
            }
        }
    }

    FileSnapshot get(String location) {
        return FileSnapshot.parse(snapshots.getProperty(location));
    }

    void put(String location, FileSnapshot snapshot) throws IOException {
        snapshots.setProperty(location, snapshot.text());
        save();
    }

    void remove(String location) throws IOException {
        if (snapshots.remove(location) != null) {
            save();
        }
    }

    private void save() throws IOException {
        if (store == null) {
            return;
        }
        Path temporary = store.resolveSibling(store.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            snapshots.store(out, "deploy folder: bundle location = size:modifiedMillis of the file installed");
        }
        Files.move(temporary, store, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
