package io.segue.extractors.internal.mfcc;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.ProcessorChecks;

/**
 * Writes each frame's {@link Mfcc} coefficients to {@code values[0 .. coefficients)}. Stateless between frames:
 * the dB floor is relative to the current frame's loudest band, so {@link #reset()} has nothing to forget.
 */
final class MfccProcessor implements FeatureProcessor {

    private final int spectrumSize;
    private final Mfcc mfcc;

    MfccProcessor(AnalysisFormat format, Mfcc mfcc) {
        this.spectrumSize = format.spectrumSize();
        this.mfcc = mfcc;
    }

    @Override
    public void process(AnalysisFrame frame, float[] values) {
        ProcessorChecks.requireValues(values, mfcc.coefficients(), MfccExtractor.ID);
        mfcc.compute(ProcessorChecks.requireLength(frame.magnitudes(), spectrumSize, MfccExtractor.ID, "magnitudes"),
                values, 0);
    }

    @Override
    public void reset() {
        // no state: each frame's value depends on that frame only
    }
}
