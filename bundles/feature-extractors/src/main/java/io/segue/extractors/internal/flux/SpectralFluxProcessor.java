package io.segue.extractors.internal.flux;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.ProcessorChecks;

/**
 * Writes each frame's {@link SpectralFlux} to {@code values[0]}, comparing only frames that follow each other in the
 * stream: when a frame does not start 1 to {@code hopSize} samples after the previous one (a gap of dropped chunks,
 * or a position that went back), the previous spectrum is forgotten and the frame's flux is 0, as for the first frame
 * after creation or {@link #reset()}.
 */
final class SpectralFluxProcessor implements FeatureProcessor {

    private final String extractorId;
    private final int hopSize;
    private final SpectralFlux flux;
    private long previousStartSample;

    SpectralFluxProcessor(String extractorId, AnalysisFormat format) {
        this.extractorId = extractorId;
        this.hopSize = format.hopSize();
        this.flux = new SpectralFlux(format.spectrumSize());
    }

    @Override
    public void process(AnalysisFrame frame, float[] values) {
        ProcessorChecks.requireValues(values, 1, extractorId);
        float[] magnitudes = ProcessorChecks.requireLength(frame.magnitudes(), flux.bins(), extractorId, "magnitudes");
        long advance = frame.startSample() - previousStartSample;
        if (advance < 1 || advance > hopSize) {
            flux.reset();
        }
        previousStartSample = frame.startSample();
        values[0] = (float) flux.next(magnitudes);
    }

    @Override
    public void reset() {
        flux.reset();
    }
}
