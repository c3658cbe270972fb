package io.segue.stream.internal.pipeline;

import static io.segue.stream.internal.config.Validation.requireInRange;

/** A validated {@link PipelineConfig}. */
record PipelineSettings(int windowSize, int hopSize, int featuresQueueCapacity, int predictionsQueueCapacity) {

    static final PipelineSettings DEFAULTS = new PipelineSettings(2048, 512, 100, 50);

    /**
     * @throws IllegalArgumentException naming the first key whose value is out of range, and the range
     */
    static PipelineSettings of(PipelineConfig config) {
        String pid = PipelineConfig.PID;
        int window = requireInRange(pid, "windowSize", config.windowSize(), 256, 16384);
        if (Integer.bitCount(window) != 1) {
            throw new IllegalArgumentException(pid + ": windowSize must be a power of two in 256..16384, was "
                    + window);
        }
        int hop = config.hopSize();
        if (hop < 1 || hop > window) {
            throw new IllegalArgumentException(pid + ": hopSize must be in 1.." + window
                    + " (at most windowSize), was " + hop);
        }
        return new PipelineSettings(window, hop,
                requireInRange(pid, "featuresQueueCapacity", config.featuresQueueCapacity(), 2, 10000),
                requireInRange(pid, "predictionsQueueCapacity", config.predictionsQueueCapacity(), 2, 10000));
    }
}
