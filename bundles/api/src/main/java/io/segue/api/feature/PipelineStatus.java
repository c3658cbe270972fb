package io.segue.api.feature;

import io.segue.api.stream.LatencyStats;
import io.segue.api.stream.QueueStats;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of the streaming pipeline.
 *
 * @param format                 the framing in force, {@code null} until the first stream has set its sample
 *                               rate (the configured window and hop apply from then on)
 * @param framesProcessed        analysis frames computed since the stream started
 * @param framesPerSecond        analysis frames per second over the last second
 * @param featuresQueueDepth     frames waiting in the bounded features queue
 * @param featuresQueueCapacity  its bound
 * @param featuresDropped        frames overwritten in that queue because nobody took them in time
 * @param predictions            the queue of frames to the predictors (its own bound, 50 by default)
 * @param latency                from the device handing over the chunk that completed a frame to the frame's
 *                               publication (queueing, framing and every extractor), over recent frames
 * @param extractorIds           the extractors whose values the live frames carry
 * @param configProblem          why the last configuration change was refused (the previous one stays in force),
 *                               or {@code null}
 * @param extractorProblem       the last extractor or listener failure (a failing extractor is disabled for the
 *                               rest of the stream; the others go on), or {@code null}
 */
public record PipelineStatus(AnalysisFormat format, long framesProcessed, double framesPerSecond,
        int featuresQueueDepth, int featuresQueueCapacity, long featuresDropped, QueueStats predictions, LatencyStats latency,
        List<String> extractorIds,
        String configProblem, String extractorProblem) {

    public PipelineStatus {
        Objects.requireNonNull(predictions, "predictions");
        Objects.requireNonNull(latency, "latency");
        extractorIds = List.copyOf(extractorIds);
    }
}
