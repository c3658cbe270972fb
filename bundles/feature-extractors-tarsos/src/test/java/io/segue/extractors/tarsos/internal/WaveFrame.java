package io.segue.extractors.tarsos.internal;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;

/** A frame of raw samples for waveform extractors: no magnitude spectrum (none of these extractors reads it). */
record WaveFrame(AnalysisFormat format, long index, float[] samples) implements AnalysisFrame {

    /** The pipeline's default framing: 22050 Hz, window 2048, hop 512. */
    static final AnalysisFormat DEFAULT_FORMAT = new AnalysisFormat(22050, 2048, 512);

    private static final float[] NO_MAGNITUDES = new float[0];

    @Override
    public long startSample() {
        return index * format.hopSize();
    }

    @Override
    public long captureNanos() {
        return 0L;
    }

    @Override
    public float[] magnitudes() {
        return NO_MAGNITUDES;
    }
}
