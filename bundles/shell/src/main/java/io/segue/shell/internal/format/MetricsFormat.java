package io.segue.shell.internal.format;

import io.segue.api.feature.PipelineStatus;
import io.segue.api.stream.LatencyStats;
import io.segue.api.stream.QueueStats;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamStatus;

/**
 * The figures of {@code segue:metrics}: the input and output streams and the pipeline side by side, as a table or
 * as one JSON object. The pipeline's latency (from the device handing over the audio to the feature frame's
 * publication) heads the table: it is what a listener of the features waits.
 */
public final class MetricsFormat {

    private static final String NONE = "-";

    private MetricsFormat() {
    }

    /**
     * e.g. {@code p50 8.5 ms, p99 12.1 ms, max 20.3 ms over 1720}; {@code -} when nothing was measured.
     */
    public static String latency(LatencyStats latency) {
        if (latency.count() == 0) {
            return NONE;
        }
        return "p50 " + Decimals.significantOrDash(latency.p50Millis()) + " ms, p99 "
                + Decimals.significantOrDash(latency.p99Millis()) + " ms, max "
                + Decimals.significantOrDash(latency.maxMillis()) + " ms over " + latency.count();
    }

    /** A share of one core, 0..1, as a percentage with one decimal; {@code -} for NaN. */
    public static String percent(double share) {
        return Double.isNaN(share) ? NONE : Decimals.fixed(share * 100, 1) + "%";
    }

    /**
     * The headline latency, then one row per figure and one column each for input, output and pipeline, then the
     * queues to the predictors and to the learner.
     *
     * @param learning the learning queue, {@code null} when no streaming integration runs
     */
    public static String table(StreamStatus input, StreamStatus output, PipelineStatus pipeline,
            QueueStats learning) {
        return table(input, output, pipeline) + "\n\nprediction queue  " + queueStats(pipeline.predictions())
                + "\nlearning queue    " + (learning == null ? NONE + " (no streaming integration)"
                        : queueStats(learning));
    }

    /** e.g. {@code 3/50 waiting, 1234 offered, 2 dropped}. */
    public static String queueStats(QueueStats queue) {
        return queue.depth() + "/" + queue.capacity() + " waiting, " + queue.offered() + " offered, "
                + queue.dropped() + " dropped";
    }

    static String table(StreamStatus input, StreamStatus output, PipelineStatus pipeline) {
        StreamMetrics in = StatusFormat.metrics(input);
        StreamMetrics out = StatusFormat.metrics(output);
        LatencyStats pipelineLatency = pipeline.latency();
        TableFormat table = new TableFormat("", "input", "output", "pipeline").alignRight(1, 2, 3)
                .row("state", input.state(), output.state(), NONE)
                .row("device", orNone(input.deviceId()), orNone(output.deviceId()), NONE)
                .row("uptime s", seconds(in.uptimeMillis()), seconds(out.uptimeMillis()), NONE)
                .row("chunks in", in.chunksIn(), out.chunksIn(), NONE)
                .row("chunks out", in.chunksOut(), out.chunksOut(), NONE)
                .row("analysis frames", NONE, NONE, pipeline.framesProcessed())
                .row("dropped", in.chunksDropped(), out.chunksDropped(), pipeline.featuresDropped())
                .row("lost", in.chunksLost(), out.chunksLost(), NONE)
                .row("underflows", in.underflows(), out.underflows(), NONE)
                .row("recoveries", in.recoveries(), out.recoveries(), NONE)
                .row("stalls", in.stalls(), out.stalls(), NONE)
                .row("samples replaced", in.samplesReplaced(), out.samplesReplaced(), NONE)
                .row("queue", queue(in.queueDepth(), in.queueCapacity()),
                        queue(out.queueDepth(), out.queueCapacity()),
                        queue(pipeline.featuresQueueDepth(), pipeline.featuresQueueCapacity()))
                .row("audio frames/s", Decimals.fixedOrDash(in.framesPerSecond(), 1),
                        Decimals.fixedOrDash(out.framesPerSecond(), 1), NONE)
                .row("analysis frames/s", NONE, NONE, Decimals.fixedOrDash(pipeline.framesPerSecond(), 2))
                .row("latency p50 ms", millis(in.latency().p50Millis()), millis(out.latency().p50Millis()),
                        millis(pipelineLatency.p50Millis()))
                .row("latency p99 ms", millis(in.latency().p99Millis()), millis(out.latency().p99Millis()),
                        millis(pipelineLatency.p99Millis()))
                .row("latency max ms", millis(in.latency().maxMillis()), millis(out.latency().maxMillis()),
                        millis(pipelineLatency.maxMillis()))
                .row("latency measured", in.latency().count(), out.latency().count(), pipelineLatency.count())
                .row("analysis CPU", percent(in.analysisCpuShare()), percent(out.analysisCpuShare()), NONE);
        return "device to feature frame latency: " + latency(pipelineLatency) + "\n\n" + table;
    }

    /**
     * The same figures as one JSON object: {@code input} and {@code output} with the fields of
     * {@link StreamStatus} and {@link StreamMetrics}, {@code pipeline} with those of {@link PipelineStatus};
     * values not measured are {@code null}.
     */
    public static String json(StreamStatus input, StreamStatus output, PipelineStatus pipeline) {
        return new JsonFields()
                .raw("input", stream(input))
                .raw("output", stream(output))
                .raw("pipeline", new JsonFields()
                        .number("framesProcessed", pipeline.framesProcessed())
                        .number("framesPerSecond", pipeline.framesPerSecond())
                        .number("featuresQueueDepth", pipeline.featuresQueueDepth())
                        .number("featuresQueueCapacity", pipeline.featuresQueueCapacity())
                        .number("featuresDropped", pipeline.featuresDropped())
                        .raw("predictionsQueue", queueJson(pipeline.predictions()))
                        .raw("latency", latencyJson(pipeline.latency()))
                        .toString())
                .toString();
    }

    private static String stream(StreamStatus status) {
        StreamMetrics metrics = StatusFormat.metrics(status);
        return new JsonFields()
                .string("direction", status.direction() == null ? null : status.direction().name())
                .string("state", status.state().name())
                .string("deviceId", status.deviceId())
                .string("preferredDevice", status.preferredDevice())
                .raw("onFallback", Boolean.toString(status.onFallback()))
                .string("message", status.message())
                .number("chunksIn", metrics.chunksIn())
                .number("chunksOut", metrics.chunksOut())
                .number("chunksDropped", metrics.chunksDropped())
                .number("chunksLost", metrics.chunksLost())
                .number("samplesReplaced", metrics.samplesReplaced())
                .number("underflows", metrics.underflows())
                .number("recoveries", metrics.recoveries())
                .number("stalls", metrics.stalls())
                .number("queueDepth", metrics.queueDepth())
                .number("queueCapacity", metrics.queueCapacity())
                .number("framesPerSecond", metrics.framesPerSecond())
                .number("uptimeMillis", metrics.uptimeMillis())
                .raw("latency", latencyJson(metrics.latency()))
                .number("analysisCpuShare", metrics.analysisCpuShare())
                .toString();
    }

    private static String queueJson(QueueStats queue) {
        return new JsonFields()
                .number("depth", queue.depth())
                .number("capacity", queue.capacity())
                .number("offered", queue.offered())
                .number("dropped", queue.dropped())
                .toString();
    }

    private static String latencyJson(LatencyStats latency) {
        return new JsonFields()
                .number("count", latency.count())
                .number("p50Millis", latency.p50Millis())
                .number("p99Millis", latency.p99Millis())
                .number("maxMillis", latency.maxMillis())
                .toString();
    }

    private static String millis(double value) {
        return Decimals.significantOrDash(value);
    }

    private static String seconds(long millis) {
        return Decimals.fixed(millis / 1000.0, 1);
    }

    private static String queue(int depth, int capacity) {
        return depth + "/" + capacity;
    }

    private static Object orNone(String value) {
        return value == null ? NONE : value;
    }

    /** The members of one JSON object, in the order added. */
    private static final class JsonFields {

        private final StringBuilder json = new StringBuilder("{");

        JsonFields raw(String name, String value) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(Json.string(name)).append(':').append(value);
            return this;
        }

        JsonFields string(String name, String value) {
            return raw(name, Json.string(value));
        }

        JsonFields number(String name, double value) {
            return raw(name, Json.number(value));
        }

        @Override
        public String toString() {
            return json + "}";
        }
    }
}
