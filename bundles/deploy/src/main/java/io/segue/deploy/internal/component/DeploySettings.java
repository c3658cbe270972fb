package io.segue.deploy.internal.component;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A checked {@link DeployConfig}.
 *
 * @param folder the folder, absolute
 */
record DeploySettings(Path folder, long pollMillis) {

    static final long MIN_POLL_MILLIS = 50;
    static final long MAX_POLL_MILLIS = 60_000;

    /** @throws IllegalArgumentException naming the key, what it accepts and the value */
    static DeploySettings of(DeployConfig config) {
        return of(config.folder(), config.pollMillis());
    }

    private static DeploySettings of(String folder, long pollMillis) {
        if (folder == null || folder.isBlank()) {
            throw new IllegalArgumentException(DeployConfig.PID + ": folder must name a folder, was empty");
        }
        Path path;
        try {
            path = Path.of(folder.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(DeployConfig.PID + ": folder is not a valid path: '" + folder + "' ("
                    + e.getReason() + ")", e);
        }
        if (pollMillis < MIN_POLL_MILLIS || pollMillis > MAX_POLL_MILLIS) {
            throw new IllegalArgumentException(DeployConfig.PID + ": pollMillis must be in " + MIN_POLL_MILLIS + ".."
                    + MAX_POLL_MILLIS + ", was " + pollMillis);
        }
        return new DeploySettings(path, pollMillis);
    }
}
