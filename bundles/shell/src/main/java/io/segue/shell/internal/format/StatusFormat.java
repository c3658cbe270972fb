package io.segue.shell.internal.format;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.PipelineStatus;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamStatus;

/** The stream and pipeline status of {@code segue:start}, {@code stop} and {@code status}. */
public final class StatusFormat {

    private StatusFormat() {
    }

    /**
     * One line: state, device, format, chunk size, the counts once chunks were captured, and the stream's message,
     * e.g. {@code RUNNING on mock:sine, 22050 Hz, mono, 1024 frames per chunk}.
     */
    public static String line(StreamStatus status) {
        StringBuilder line = new StringBuilder(status.state().name());
        if (status.deviceId() != null) {
            line.append(" on ").append(status.deviceId());
        }
        if (status.format() != null) {
            line.append(", ").append(status.format()).append(", ").append(status.chunkFrames())
                    .append(" frames per chunk");
        }
        StreamMetrics metrics = status.metrics();
        if (metrics != null && metrics.chunksCaptured() > 0) {
            line.append(", ").append(metrics.chunksCaptured()).append(" chunks captured, ")
                    .append(metrics.chunksDropped()).append(" dropped");
        }
        if (status.message() != null) {
            line.append(": ").append(status.message());
        }
        return line.toString();
    }

    /**
     * The full status: the stream's state and counters, then the pipeline's framing, counters and extractors, and
     * the refused configuration and failed extractor when there are.
     */
    public static String report(StreamStatus stream, PipelineStatus pipeline) {
        KeyValueFormat out = new KeyValueFormat()
                .add("state", stream.state())
                .add("device", stream.deviceId())
                .add("format", stream.format())
                .add("chunk size", stream.chunkFrames() + " frames");
        StreamMetrics metrics = stream.metrics();
        if (metrics != null) {
            out.add("chunks captured", metrics.chunksCaptured())
                    .add("chunks dropped", metrics.chunksDropped())
                    .add("samples replaced", metrics.samplesReplaced())
                    .add("queue", metrics.queueDepth() + "/" + metrics.queueCapacity() + " chunks")
                    .add("audio frames/s", Decimals.fixed(metrics.framesPerSecond(), 1));
        }
        if (stream.message() != null) {
            out.add("message", stream.message());
        }
        AnalysisFormat format = pipeline.format();
        out.add("window/hop", format == null ? "set when a stream starts"
                        : format.windowSize() + "/" + format.hopSize() + " samples at " + format.sampleRateHz() + " Hz")
                .add("analysis frames", pipeline.framesProcessed())
                .add("analysis frames/s", Decimals.fixed(pipeline.framesPerSecond(), 2))
                .add("features queue",
                        pipeline.featuresQueueDepth() + "/" + pipeline.featuresQueueCapacity() + " frames")
                .add("features dropped", pipeline.featuresDropped())
                .add("extractors",
                        pipeline.extractorIds().isEmpty() ? "(none)" : String.join(", ", pipeline.extractorIds()));
        if (pipeline.configProblem() != null) {
            out.add("config problem", pipeline.configProblem());
        }
        if (pipeline.extractorProblem() != null) {
            out.add("extractor problem", pipeline.extractorProblem());
        }
        return out.toString();
    }
}
