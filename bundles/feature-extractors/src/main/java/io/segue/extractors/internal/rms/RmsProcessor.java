package io.segue.extractors.internal.rms;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.ProcessorChecks;

/**
 * Writes {@link Rms#rms} of the frame's raw samples to {@code values[0]}. Stateless: each value depends on its own
 * frame only, so {@link #reset()} has nothing to forget.
 *
 * <p>{@code process} throws {@link IllegalArgumentException} when the frame's samples are not {@code windowSize}
 * long or {@code values} is empty; values beyond index 0 are left untouched.
 */
final class RmsProcessor implements FeatureProcessor {

    private final int windowSize;

    RmsProcessor(AnalysisFormat format) {
        this.windowSize = format.windowSize();
    }

    @Override
    public void process(AnalysisFrame frame, float[] values) {
        ProcessorChecks.requireValues(values, 1, RmsExtractor.ID);
        float[] samples = ProcessorChecks.requireLength(frame.samples(), windowSize, RmsExtractor.ID, "samples");
        values[0] = (float) Rms.rms(samples, 0, windowSize);
    }

    @Override
    public void reset() {
        // no state: the value depends on the current frame only
    }
}
