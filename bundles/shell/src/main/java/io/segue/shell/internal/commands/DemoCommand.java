package io.segue.shell.internal.commands;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamStatus;
import io.segue.shell.internal.format.Decimals;
import io.segue.shell.internal.format.DemoFormat;
import io.segue.shell.internal.format.DemoReport;
import io.segue.shell.internal.format.FeatureFormat;
import io.segue.shell.internal.format.StatusFormat;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code segue:demo}: the first thing to run. Streams for a few seconds, takes every feature frame the pipeline
 * computes meanwhile and reports what the extractors saw.
 */
@Component(service = DemoCommand.class, immediate = true)
@GogoCommand(scope = "segue", function = {"demo"})
public final class DemoCommand {

    static final int DEFAULT_SECONDS = 3;
    static final int MAX_SECONDS = 600;
    static final Duration FRAME_TIMEOUT = Duration.ofSeconds(2);

    private final AudioStreamManager stream;
    private final StreamingPipeline pipeline;
    private final Duration frameTimeout;
    private final LongSupplier nanoClock;

    @Activate
    public DemoCommand(@Reference(name = "stream") AudioStreamManager stream,
            @Reference(name = "pipeline") StreamingPipeline pipeline) {
        this(stream, pipeline, FRAME_TIMEOUT, System::nanoTime);
    }

    /**
     * @param frameTimeout the longest wait for a frame before the demo fails
     * @param nanoClock    the clock the demo measures its duration with; must tick in step with
     *                     {@link FeatureFrame#captureNanos()} ({@link System#nanoTime()} outside tests)
     */
    DemoCommand(AudioStreamManager stream, StreamingPipeline pipeline, Duration frameTimeout,
            LongSupplier nanoClock) {
        this.stream = stream;
        this.pipeline = pipeline;
        this.frameTimeout = frameTimeout;
        this.nanoClock = nanoClock;
    }

    @Descriptor("stream for " + DEFAULT_SECONDS + " s and report what the extractors saw; starts the stream on the"
            + " configured device if it is not running, and then stops it again")
    public String demo() throws IOException, InterruptedException {
        return run(DEFAULT_SECONDS);
    }

    @Descriptor("stream for a while and report what the extractors saw; starts the stream on the configured device"
            + " if it is not running, and then stops it again")
    public String demo(@Descriptor("how long to stream, 1.." + MAX_SECONDS + " seconds") String duration)
            throws IOException, InterruptedException {
        return run(Arguments.intInRange("seconds", duration, 1, MAX_SECONDS));
    }

    private String run(int seconds) throws IOException, InterruptedException {
        long startNanos = nanoClock.getAsLong();
        boolean startedHere = !stream.status().state().isActive();
        if (startedHere) {
            stream.start();
        }
        try {
            return DemoFormat.report(takeFrames(startNanos, seconds, startedHere));
        } finally {
            if (startedHere) {
                stream.stop();
            }
        }
    }

    /**
     * Takes frames until {@code seconds} have passed since {@code startNanos} and at least one frame arrived.
     * Frames captured before the demo began (left in the queue by a stream that was already running) are not
     * counted.
     */
    private DemoReport takeFrames(long startNanos, int seconds, boolean startedHere) throws InterruptedException {
        FeatureStatistics statistics = new FeatureStatistics(FeatureFormat.descriptorsById(pipeline.extractors()));
        long timeoutNanos = frameTimeout.toNanos();
        long deadlineNanos = startNanos + TimeUnit.SECONDS.toNanos(seconds);
        long nowNanos = nanoClock.getAsLong();
        long lastFrameNanos = startNanos;
        while (statistics.frames() == 0 || nowNanos < deadlineNanos) {
            long sinceFrameNanos = nowNanos - lastFrameNanos;
            if (sinceFrameNanos >= timeoutNanos) {
                throw new IllegalStateException("no feature frame arrived within "
                        + Decimals.significant(timeoutNanos / 1e9) + " s; the stream is "
                        + StatusFormat.line(stream.status()) + " (see segue:status and segue:extractors)");
            }
            long waitNanos = timeoutNanos - sinceFrameNanos;
            if (statistics.frames() > 0) {
                waitNanos = Math.min(waitNanos, deadlineNanos - nowNanos);
            }
            Optional<FeatureFrame> frame = pipeline.takeFeatures(Duration.ofNanos(waitNanos));
            nowNanos = nanoClock.getAsLong();
            if (frame.isPresent() && capturedSince(frame.get(), startNanos)) {
                statistics.add(frame.get());
                lastFrameNanos = nowNanos;
            }
        }
        StreamStatus status = stream.status();
        StreamMetrics metrics = status.metrics();
        return new DemoReport(status.deviceId(), status.format(), (nowNanos - startNanos) / 1e9,
                metrics == null ? 0 : metrics.chunksIn(), metrics == null ? 0 : metrics.chunksDropped(),
                statistics.frames(), startedHere, statistics.summaries(), status.message());
    }

    /** Whether the frame's audio arrived after {@code startNanos}; frames without a capture time count. */
    private static boolean capturedSince(FeatureFrame frame, long startNanos) {
        return frame.captureNanos() == 0 || frame.captureNanos() - startNanos >= 0;
    }
}
