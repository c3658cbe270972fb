package io.segue.extractors.internal.centroid;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.ProcessorChecks;

/**
 * Writes {@link SpectralCentroid#centroidHz} of the frame's magnitude spectrum to {@code values[0]}, bin {@code k}
 * at {@link AnalysisFormat#binFrequencyHz(int)}. Stateless: {@link #reset()} has nothing to forget.
 *
 * <p>{@code process} throws {@link IllegalArgumentException} when the frame's magnitudes are not
 * {@link AnalysisFormat#spectrumSize()} long or {@code values} is empty; values beyond index 0 are left untouched.
 */
final class SpectralCentroidProcessor implements FeatureProcessor {

    private final int spectrumSize;
    private final double binWidthHz;

    SpectralCentroidProcessor(AnalysisFormat format) {
        this.spectrumSize = format.spectrumSize();
        this.binWidthHz = format.binFrequencyHz(1);
    }

    @Override
    public void process(AnalysisFrame frame, float[] values) {
        ProcessorChecks.requireValues(values, 1, SpectralCentroidExtractor.ID);
        float[] magnitudes = ProcessorChecks.requireLength(frame.magnitudes(), spectrumSize,
                SpectralCentroidExtractor.ID, "magnitudes");
        values[0] = (float) SpectralCentroid.centroidHz(magnitudes, 0, spectrumSize, binWidthHz);
    }

    @Override
    public void reset() {
        // no state: the value depends on the current frame only
    }
}
