package org.example.segue.bassratio;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;

/** An analysis frame over arrays the test fills, as Segue's pipeline would hand it to a processor. */
final class TestFrame implements AnalysisFrame {

    private final AnalysisFormat format;
    private final float[] samples;
    private final float[] magnitudes;
    private long index = -1;

    TestFrame(AnalysisFormat format) {
        this.format = format;
        this.samples = new float[format.windowSize()];
        this.magnitudes = new float[format.spectrumSize()];
    }

    /** Moves to the next frame, whose spectrum is a copy of {@code spectrum}; returns this frame. */
    TestFrame next(float[] spectrum) {
        System.arraycopy(spectrum, 0, magnitudes, 0, magnitudes.length);
        index++;
        return this;
    }

    @Override
    public AnalysisFormat format() {
        return format;
    }

    @Override
    public long index() {
        return index;
    }

    @Override
    public long startSample() {
        return index * format.hopSize();
    }

    @Override
    public long captureNanos() {
        return 0;
    }

    @Override
    public float[] samples() {
        return samples;
    }

    @Override
    public float[] magnitudes() {
        return magnitudes;
    }
}
