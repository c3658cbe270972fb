package io.segue.api.stream;

/**
 * Counters of an input stream since it was last started. All counts are of chunks unless named otherwise.
 *
 * @param chunksCaptured   chunks read from the device
 * @param chunksDelivered  chunks handed to listeners (the analysis thread)
 * @param chunksDropped    chunks overwritten in the bounded queue before the analysis thread took them, because it
 *                         fell behind; the device thread never waits instead
 * @param samplesReplaced  NaN or infinite samples from the device, replaced by 0 before anyone saw them
 * @param queueDepth       chunks waiting in the queue now
 * @param queueCapacity    the queue's bound
 * @param framesPerSecond  audio frames (samples per channel) captured per second, measured over the last half
 *                         second
 * @param uptimeMillis     how long the stream has run since it was started (until it stopped, once stopped)
 */
public record StreamMetrics(
        long chunksCaptured,
        long chunksDelivered,
        long chunksDropped,
        long samplesReplaced,
        int queueDepth,
        int queueCapacity,
        double framesPerSecond,
        long uptimeMillis) {

    /** Metrics of a stream that never ran. */
    public static StreamMetrics none(int queueCapacity) {
        return new StreamMetrics(0, 0, 0, 0, 0, queueCapacity, 0, 0);
    }
}
