package io.segue.api.stream;

import java.util.Objects;

/**
 * Counters of a stream since it was last started; they carry on through recoveries. All counts are of chunks
 * unless named otherwise.
 *
 * @param chunksIn         input: chunks read from the device; output: chunks queued for playback
 * @param chunksOut        input: chunks handed to listeners (the analysis thread); output: chunks written to the
 *                         device, silence included
 * @param chunksDropped    chunks overwritten in the bounded queue before they were taken, because the consumer fell
 *                         behind; the producer never waits instead
 * @param chunksLost       chunks the device would have carried while the stream was recovering from its failure
 * @param samplesReplaced  NaN or infinite samples, replaced by 0 before anyone saw them
 * @param underflows       output: chunks of silence played because the queue ran dry after audio had been queued,
 *                         plus those the device itself reports; input: 0
 * @param recoveries       times the stream recovered from a failed, vanished or stalled device (onto it or onto the
 *                         fallback), and moved back to the preferred device
 * @param stalls           times the device delivered nothing for longer than two chunks' duration
 * @param queueDepth       chunks waiting in the queue now
 * @param queueCapacity    the queue's bound
 * @param framesPerSecond  audio frames carried per second, measured over the last half second
 * @param uptimeMillis     how long the stream has run since it was started (until it stopped, once stopped)
 * @param latency          input: from the device handing over a chunk to the analysis thread taking it; output:
 *                         from {@code play} to the device accepting the chunk
 * @param analysisCpuShare input: the CPU time of the analysis thread as a share of one core over the last half
 *                         second, 0..1 ({@code NaN} when the JVM cannot measure it); output: {@code NaN}
 */
public record StreamMetrics(
        long chunksIn,
        long chunksOut,
        long chunksDropped,
        long chunksLost,
        long samplesReplaced,
        long underflows,
        long recoveries,
        long stalls,
        int queueDepth,
        int queueCapacity,
        double framesPerSecond,
        long uptimeMillis,
        LatencyStats latency,
        double analysisCpuShare) {

    public StreamMetrics {
        Objects.requireNonNull(latency, "latency");
    }

    /** Metrics of a stream that never ran. */
    public static StreamMetrics none(int queueCapacity) {
        return new StreamMetrics(0, 0, 0, 0, 0, 0, 0, 0, 0, queueCapacity, 0, 0, LatencyStats.none(), Double.NaN);
    }
}
