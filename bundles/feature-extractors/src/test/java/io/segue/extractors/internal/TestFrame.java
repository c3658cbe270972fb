package io.segue.extractors.internal;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;

/** An {@link AnalysisFrame} for tests: given samples, and the magnitudes the pipeline would compute for them. */
public record TestFrame(AnalysisFormat format, long index, long startSample, float[] samples, float[] magnitudes)
        implements AnalysisFrame {

    /** The pipeline's default framing: 22050 Hz, window 2048, hop 512. */
    public static final AnalysisFormat DEFAULT_FORMAT = new AnalysisFormat(22050, 2048, 512);

    /**
     * Frame {@code index} of a gapless stream (it starts {@code index * hopSize} samples in) holding
     * {@code samples}, with their Hann-windowed magnitude spectrum ({@link HannSpectrum}).
     */
    public static TestFrame of(AnalysisFormat format, long index, float[] samples) {
        return new TestFrame(format, index, index * format.hopSize(), samples, HannSpectrum.magnitudes(samples));
    }

    @Override
    public long captureNanos() {
        return 0L;
    }
}
