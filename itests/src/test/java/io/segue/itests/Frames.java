package io.segue.itests;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.StreamingPipeline;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/** Takes feature frames from the live pipeline, with a deadline. */
final class Frames {

    private final StreamingPipeline pipeline;

    Frames(StreamingPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The next frame; fails when none arrives within {@code timeout}. */
    FeatureFrame next(Duration timeout) throws InterruptedException {
        Optional<FeatureFrame> frame = pipeline.takeFeatures(timeout);
        return frame.orElseThrow(() -> new AssertionError("no feature frame within " + timeout.toMillis() + " ms"));
    }

    /** Takes frames until one satisfies {@code condition} and returns it; fails after {@code timeout}. */
    FeatureFrame awaitFrame(Predicate<FeatureFrame> condition, Duration timeout, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long remaining;
        while ((remaining = deadline - System.nanoTime()) > 0) {
            Optional<FeatureFrame> frame = pipeline.takeFeatures(Duration.ofNanos(remaining));
            if (frame.isPresent() && condition.test(frame.get())) {
                return frame.get();
            }
        }
        throw new AssertionError("no frame " + what + " within " + timeout.toMillis() + " ms");
    }

    /** The values of {@code extractorId} in {@code frame}: present, one value or more. */
    static float first(FeatureFrame frame, String extractorId) {
        float[] values = frame.values(extractorId);
        if (values == null || values.length == 0) {
            throw new AssertionError("frame " + frame.index() + " has no values from " + extractorId
                    + "; it has " + frame.extractorIds());
        }
        return values[0];
    }
}
