package io.segue.testing.audio;

import java.util.Random;

/** Noise test signals, reproducible from a seed: white, pink, and 16-bit dither. */
public final class NoiseSignals {

    /** One least significant bit of 16-bit audio in [-1, 1] samples. */
    public static final double LSB_16 = 1.0 / 32768;

    private NoiseSignals() {
    }

    /** Uniform white noise in {@code [-amplitude, amplitude)}. */
    public static float[] white(int length, double amplitude, long seed) {
        Random random = new Random(seed);
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            out[i] = (float) (amplitude * (random.nextDouble() * 2 - 1));
        }
        return out;
    }

    /**
     * TPDF dither of +-1 LSB of 16-bit audio: the sum of two independent uniform variables in
     * {@code [-LSB/2, LSB/2)}, so triangular on {@code (-LSB, LSB)}; what a 16-bit file of "silence" holds after
     * dithering.
     */
    public static float[] dither16(int length, long seed) {
        Random random = new Random(seed);
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            out[i] = (float) (LSB_16 * (random.nextDouble() - 0.5 + random.nextDouble() - 0.5));
        }
        return out;
    }

    /**
     * Pink (1/f power) noise: Gaussian white noise through Paul Kellet's economy filter (three one-pole sections,
     * within 0.5 dB of -3 dB/octave from about 40 Hz to 9 kHz at 44.1 kHz), scaled to a peak of {@code amplitude}.
     */
    public static float[] pink(int length, double amplitude, long seed) {
        Random random = new Random(seed);
        double[] pink = new double[length];
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        double peak = 0;
        for (int i = 0; i < length; i++) {
            double white = random.nextGaussian();
            b0 = 0.99765 * b0 + white * 0.0990460;
            b1 = 0.96300 * b1 + white * 0.2965164;
            b2 = 0.57000 * b2 + white * 1.0526913;
            pink[i] = b0 + b1 + b2 + white * 0.1848;
            peak = Math.max(peak, Math.abs(pink[i]));
        }
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            out[i] = (float) (amplitude * pink[i] / peak);
        }
        return out;
    }
}
