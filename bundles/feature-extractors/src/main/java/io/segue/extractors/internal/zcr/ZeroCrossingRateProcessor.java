package io.segue.extractors.internal.zcr;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.ProcessorChecks;

/**
 * Writes {@link ZeroCrossingRate#rate} of the frame's raw samples to {@code values[0]}. Stateless: each window is
 * measured on its own (no crossing is counted across the boundary with the previous window), so {@link #reset()}
 * has nothing to forget.
 *
 * <p>{@code process} throws {@link IllegalArgumentException} when the frame's samples are not {@code windowSize}
 * long or {@code values} is empty; values beyond index 0 are left untouched.
 */
final class ZeroCrossingRateProcessor implements FeatureProcessor {

    private final int windowSize;

    ZeroCrossingRateProcessor(AnalysisFormat format) {
        this.windowSize = format.windowSize();
    }

    @Override
    public void process(AnalysisFrame frame, float[] values) {
        ProcessorChecks.requireValues(values, 1, ZeroCrossingRateExtractor.ID);
        float[] samples = ProcessorChecks.requireLength(frame.samples(), windowSize, ZeroCrossingRateExtractor.ID,
                "samples");
        values[0] = (float) ZeroCrossingRate.rate(samples, 0, windowSize);
    }

    @Override
    public void reset() {
        // no state: the value depends on the current frame only
    }
}
