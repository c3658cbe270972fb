package io.segue.extractors.internal.flux;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.FrameContinuity;
import io.segue.extractors.internal.ProcessorChecks;

/**
 * Writes each frame's {@link SpectralFlux} to {@code values[0]}, comparing only frames that follow each other in the
 * stream: after a break ({@link FrameContinuity}: a frame that does not start exactly one hop after the previous one,
 * a gap of dropped chunks or a position that moved otherwise), the previous spectrum is forgotten and the frame's flux
 * is 0, as for the first frame after creation or {@link #reset()}.
 */
final class SpectralFluxProcessor implements FeatureProcessor {

    private final String extractorId;
    private final SpectralFlux flux;
    private final FrameContinuity continuity;

    SpectralFluxProcessor(String extractorId, AnalysisFormat format) {
        this.extractorId = extractorId;
        this.flux = new SpectralFlux(format.spectrumSize());
        this.continuity = new FrameContinuity(format.windowSize(), format.hopSize());
    }

    @Override
    public void process(AnalysisFrame frame, float[] values) {
        ProcessorChecks.requireValues(values, 1, extractorId);
        float[] magnitudes = ProcessorChecks.requireLength(frame.magnitudes(), flux.bins(), extractorId, "magnitudes");
        if (!continuity.next(frame.startSample())) {
            flux.reset();
        }
        values[0] = (float) flux.next(magnitudes);
    }

    @Override
    public void reset() {
        flux.reset();
        continuity.reset();
    }
}
