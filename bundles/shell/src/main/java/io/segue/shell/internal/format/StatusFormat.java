package io.segue.shell.internal.format;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.PipelineStatus;
import io.segue.api.stream.StreamDirection;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamStatus;

/** The stream and pipeline status of {@code segue:start}, {@code stop}, {@code status} and {@code output}. */
public final class StatusFormat {

    private StatusFormat() {
    }

    /**
     * One line: state, device (and the preferred one when on the fallback), format, chunk size, the counts once
     * chunks went through, and the stream's message, e.g.
     * {@code RUNNING on mock:sine, 22050 Hz, mono, 1024 frames per chunk}.
     */
    public static String line(StreamStatus status) {
        StringBuilder line = new StringBuilder(status.state().name());
        appendDevice(line, status);
        if (status.format() != null) {
            line.append(", ").append(status.format()).append(", ").append(status.chunkFrames())
                    .append(" frames per chunk");
        }
        StreamMetrics metrics = metrics(status);
        if (status.direction() == StreamDirection.OUTPUT) {
            if (metrics.chunksOut() > 0) {
                line.append(", ").append(metrics.chunksOut()).append(" chunks played, ").append(metrics.underflows())
                        .append(" underflows, ").append(metrics.chunksDropped()).append(" dropped");
            }
        } else if (metrics.chunksIn() > 0) {
            line.append(", ").append(metrics.chunksIn()).append(" chunks captured, ")
                    .append(metrics.chunksDropped()).append(" dropped");
        }
        if (metrics.recoveries() > 0) {
            line.append(", ").append(metrics.recoveries()).append(metrics.recoveries() == 1 ? " recovery" :
                    " recoveries");
        }
        if (status.message() != null) {
            line.append(": ").append(status.message());
        }
        return line.toString();
    }

    /**
     * Says that a stream runs on its fallback device and which device it waits for, e.g.
     * {@code on fallback device mock:sine; preferred device javasound:usb is unavailable}; {@code null} when the
     * stream runs on the device it was started on.
     */
    public static String fallback(StreamStatus status) {
        if (!status.onFallback()) {
            return null;
        }
        return "on fallback device " + status.deviceId() + "; preferred device " + status.preferredDevice()
                + " is unavailable";
    }

    /**
     * The full status: the input stream's state and counters, the output stream's state if it ever started, then
     * the pipeline's framing, counters and extractors, and the refused configuration and failed extractor when
     * there are.
     */
    public static String report(StreamStatus input, StreamStatus output, PipelineStatus pipeline) {
        StreamMetrics metrics = metrics(input);
        KeyValueFormat out = new KeyValueFormat()
                .add("state", input.state())
                .add("device", input.deviceId());
        String fallback = fallback(input);
        if (fallback != null) {
            out.add("fallback", fallback);
        }
        out.add("format", input.format())
                .add("chunk size", input.chunkFrames() + " frames")
                .add("chunks captured", metrics.chunksIn())
                .add("chunks dropped", metrics.chunksDropped())
                .add("chunks lost", metrics.chunksLost())
                .add("recoveries", metrics.recoveries())
                .add("stalls", metrics.stalls())
                .add("samples replaced", metrics.samplesReplaced())
                .add("queue", metrics.queueDepth() + "/" + metrics.queueCapacity() + " chunks")
                .add("audio frames/s", Decimals.fixed(metrics.framesPerSecond(), 1));
        if (input.message() != null) {
            out.add("message", input.message());
        }
        if (output.deviceId() != null) {
            out.add("output", outputSummary(output));
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

    /**
     * The output stream for {@code segue:output status}: state, device, fallback, queue, counts and latency from
     * {@code play} to the device.
     */
    public static String outputReport(StreamStatus output) {
        StreamMetrics metrics = metrics(output);
        KeyValueFormat out = new KeyValueFormat()
                .add("state", output.state())
                .add("device", output.deviceId());
        String fallback = fallback(output);
        if (fallback != null) {
            out.add("fallback", fallback);
        }
        out.add("format", output.format())
                .add("chunks queued", metrics.chunksIn())
                .add("chunks played", metrics.chunksOut())
                .add("underflows", metrics.underflows())
                .add("chunks dropped", metrics.chunksDropped())
                .add("chunks lost", metrics.chunksLost())
                .add("recoveries", metrics.recoveries())
                .add("queue", metrics.queueDepth() + "/" + metrics.queueCapacity() + " chunks")
                .add("latency", MetricsFormat.latency(metrics.latency()));
        if (output.message() != null) {
            out.add("message", output.message());
        }
        return out.toString();
    }

    /** e.g. {@code RUNNING on javasound:0, 3 underflows, 0 dropped}. */
    private static String outputSummary(StreamStatus output) {
        StringBuilder line = new StringBuilder(output.state().name());
        appendDevice(line, output);
        StreamMetrics metrics = metrics(output);
        line.append(", ").append(metrics.underflows()).append(" underflows, ").append(metrics.chunksDropped())
                .append(" dropped");
        if (output.message() != null) {
            line.append(": ").append(output.message());
        }
        return line.toString();
    }

    /** The stream's metrics; none for a status that carries none. */
    static StreamMetrics metrics(StreamStatus status) {
        return status.metrics() == null ? StreamMetrics.none(0) : status.metrics();
    }

    private static void appendDevice(StringBuilder line, StreamStatus status) {
        if (status.deviceId() != null) {
            line.append(" on ").append(status.deviceId());
            if (status.onFallback()) {
                line.append(" (fallback for ").append(status.preferredDevice()).append(')');
            }
        }
    }
}
