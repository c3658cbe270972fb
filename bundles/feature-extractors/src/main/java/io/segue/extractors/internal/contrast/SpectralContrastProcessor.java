package io.segue.extractors.internal.contrast;

import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.ProcessorChecks;

/**
 * Writes each frame's {@link SpectralContrast}, one value per band, to {@code values[0 .. bands)}. Per frame: the
 * value depends on its own frame only, so {@link #reset()} has nothing to forget.
 */
final class SpectralContrastProcessor implements FeatureProcessor {

    private final String extractorId;
    private final int spectrumSize;
    private final SpectralContrast contrast;

    SpectralContrastProcessor(String extractorId, int spectrumSize, SpectralContrast contrast) {
        this.extractorId = extractorId;
        this.spectrumSize = spectrumSize;
        this.contrast = contrast;
    }

    @Override
    public void process(AnalysisFrame frame, float[] values) {
        ProcessorChecks.requireValues(values, contrast.bands(), extractorId);
        contrast.compute(ProcessorChecks.requireLength(frame.magnitudes(), spectrumSize, extractorId, "magnitudes"),
                values, 0);
    }

    @Override
    public void reset() {
        // no state between frames: the scratch buffer is overwritten by every frame
    }
}
