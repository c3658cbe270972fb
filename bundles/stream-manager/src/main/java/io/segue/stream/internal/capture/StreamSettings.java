package io.segue.stream.internal.capture;

import static io.segue.stream.internal.config.Validation.requireInRange;

import io.segue.stream.internal.recovery.RecoverySettings;

/** A validated {@link StreamConfig}. */
public record StreamSettings(String device, String fallbackDevice, int sampleRateHz, int chunkFrames,
        int inputQueueCapacity, int outputQueueCapacity, RecoverySettings recovery, String outputFallbackDevice) {

    public static final StreamSettings DEFAULTS = new StreamSettings("mock:sine", "mock:sine", 22050, 1024, 100, 100,
            RecoverySettings.DEFAULTS, "");

    /** The input queue is preallocated: this bounds its memory (about 6 minutes of audio at 22050 Hz). */
    static final long MAX_QUEUED_SAMPLES = 1L << 23;

    /**
     * @throws IllegalArgumentException naming the first key whose value is out of range, and the range
     */
    public static StreamSettings of(StreamConfig config) {
        String device = config.device() == null ? "" : config.device().trim();
        if (device.isEmpty()) {
            throw new IllegalArgumentException(StreamConfig.PID + ": device must name a device, e.g. mock:sine");
        }
        String fallback = config.fallbackDevice() == null ? "" : config.fallbackDevice().trim();
        StreamSettings settings = new StreamSettings(device, fallback,
                requireInRange(StreamConfig.PID, "sampleRateHz", config.sampleRateHz(), 8000, 192000),
                requireInRange(StreamConfig.PID, "chunkFrames", config.chunkFrames(), 16, 16384),
                requireInRange(StreamConfig.PID, "inputQueueCapacity", config.inputQueueCapacity(), 2, 10000),
                requireInRange(StreamConfig.PID, "outputQueueCapacity", config.outputQueueCapacity(), 2, 10000),
                recovery(config), config.outputFallbackDevice() == null ? "" : config.outputFallbackDevice().trim());
        long queuedSamples = (long) settings.inputQueueCapacity() * settings.chunkFrames();
        if (queuedSamples > MAX_QUEUED_SAMPLES) {
            throw new IllegalArgumentException(StreamConfig.PID + ": inputQueueCapacity × chunkFrames must be at most "
                    + MAX_QUEUED_SAMPLES + " samples (32 MiB), was " + settings.inputQueueCapacity() + " × "
                    + settings.chunkFrames() + " = " + queuedSamples);
        }
        return settings;
    }

    private static RecoverySettings recovery(StreamConfig config) {
        int initial = requireInRange(StreamConfig.PID, "retryInitialMillis", config.retryInitialMillis(), 1, 10000);
        int max = requireInRange(StreamConfig.PID, "retryMaxMillis", config.retryMaxMillis(), 1, 60000);
        if (max < initial) {
            throw new IllegalArgumentException(StreamConfig.PID + ": retryMaxMillis (" + max
                    + ") must be at least retryInitialMillis (" + initial + ")");
        }
        return new RecoverySettings(initial, max,
                requireInRange(StreamConfig.PID, "fallbackAfterMillis", config.fallbackAfterMillis(), 0, 600000),
                requireInRange(StreamConfig.PID, "stallTimeoutMillis", config.stallTimeoutMillis(), 100, 60000),
                config.returnToPreferred());
    }
}
