package io.segue.testing.audio;

import java.util.Random;

/** Noise signals without rhythm, for tests that must find no tempo in them. Reproducible from a seed. */
public final class Noise {

    private Noise() {
    }

    /** Gaussian white noise with standard deviation {@code rms}. */
    public static float[] white(int length, double rms, long seed) {
        Random random = new Random(seed);
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            out[i] = (float) (rms * random.nextGaussian());
        }
        return out;
    }

    /**
     * Pink (1/f) noise with standard deviation about {@code rms}: white noise through Paul Kellet's economy
     * three-pole filter, which follows -3 dB per octave within 0.5 dB above about 40 Hz at 44.1 kHz.
     */
    public static float[] pink(int length, double rms, long seed) {
        Random random = new Random(seed);
        double[] y = new double[length];
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        double sumSquares = 0;
        for (int i = 0; i < length; i++) {
            double white = random.nextGaussian();
            b0 = 0.99765 * b0 + white * 0.0990460;
            b1 = 0.96300 * b1 + white * 0.2965164;
            b2 = 0.57000 * b2 + white * 1.0526913;
            y[i] = b0 + b1 + b2 + white * 0.1848;
            sumSquares += y[i] * y[i];
        }
        double scale = length == 0 ? 0 : rms / Math.sqrt(sumSquares / length);
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            out[i] = (float) (y[i] * scale);
        }
        return out;
    }

    /** Triangular (TPDF) dither of a 16-bit quantizer: two uniform LSB-wide values summed, peak 2 LSB (1/32768). */
    public static float[] dither16(int length, long seed) {
        Random random = new Random(seed);
        float[] out = new float[length];
        double lsb = 1.0 / 32768;
        for (int i = 0; i < length; i++) {
            out[i] = (float) ((random.nextDouble() + random.nextDouble() - 1) * lsb);
        }
        return out;
    }
}
