package io.segue.stream.internal.capture;

import static io.segue.stream.internal.config.Validation.requireInRange;

/** A validated {@link StreamConfig}. */
public record StreamSettings(String device, String fallbackDevice, int sampleRateHz, int chunkFrames,
        int inputQueueCapacity, int outputQueueCapacity) {

    public static final StreamSettings DEFAULTS = new StreamSettings("mock:sine", "mock:sine", 22050, 1024, 100, 100);

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
                requireInRange(StreamConfig.PID, "outputQueueCapacity", config.outputQueueCapacity(), 2, 10000));
        long queuedSamples = (long) settings.inputQueueCapacity() * settings.chunkFrames();
        if (queuedSamples > MAX_QUEUED_SAMPLES) {
            throw new IllegalArgumentException(StreamConfig.PID + ": inputQueueCapacity × chunkFrames must be at most "
                    + MAX_QUEUED_SAMPLES + " samples (32 MiB), was " + settings.inputQueueCapacity() + " × "
                    + settings.chunkFrames() + " = " + queuedSamples);
        }
        return settings;
    }
}
