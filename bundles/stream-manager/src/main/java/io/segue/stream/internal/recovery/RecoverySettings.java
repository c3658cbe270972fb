package io.segue.stream.internal.recovery;

/**
 * How a stream recovers from a failed, vanished or stalled device.
 *
 * @param retryInitialMillis  the wait before the second attempt to reopen; it doubles with each failed attempt
 * @param retryMaxMillis      the longest wait between attempts; also how often a stream on the fallback device
 *                            looks for its preferred device
 * @param fallbackAfterMillis how long to try the failed device alone before the fallback device is tried too
 * @param stallTimeoutMillis  how long a running device may deliver nothing before it is treated as failed
 * @param returnToPreferred   whether a stream on the fallback device moves back when the preferred one returns
 */
public record RecoverySettings(int retryInitialMillis, int retryMaxMillis, int fallbackAfterMillis,
        int stallTimeoutMillis, boolean returnToPreferred) {

    public static final RecoverySettings DEFAULTS = new RecoverySettings(20, 500, 250, 1000, true);

    /** The wait after failed attempt number {@code attempt} (0 for the first). */
    public long backoffMillis(int attempt) {
        long wait = (long) retryInitialMillis << Math.min(attempt, 20);
        return Math.min(wait, retryMaxMillis);
    }
}
