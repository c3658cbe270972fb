package io.segue.stream.internal.config;

/** Checks of configuration values whose failures name the PID, the key, the range and the value. */
public final class Validation {

    private Validation() {
    }

    public static int requireInRange(String pid, String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    pid + ": " + key + " must be in " + min + ".." + max + ", was " + value);
        }
        return value;
    }
}
