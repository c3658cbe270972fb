package io.segue.extractors.internal;

import java.util.Arrays;
import java.util.Random;

/** Known test signals, as float samples. */
public final class Signals {

    private Signals() {
    }

    /** {@code amplitude * sin(2 pi hz i / sampleRateHz)}, starting at phase 0. */
    public static float[] sine(int length, double hz, double sampleRateHz, double amplitude) {
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            out[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / sampleRateHz));
        }
        return out;
    }

    /** Every sample {@code value}; 0 gives silence. */
    public static float[] constant(int length, float value) {
        float[] out = new float[length];
        Arrays.fill(out, value);
        return out;
    }

    /** +1, -1, +1, ... */
    public static float[] alternating(int length) {
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            out[i] = i % 2 == 0 ? 1f : -1f;
        }
        return out;
    }

    /** Uniform white noise in [-1, 1), reproducible from {@code seed}. */
    public static float[] whiteNoise(int length, long seed) {
        Random random = new Random(seed);
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            out[i] = random.nextFloat() * 2f - 1f;
        }
        return out;
    }

    /** Silence except {@code amplitude} at {@code position}. */
    public static float[] impulse(int length, int position, float amplitude) {
        float[] out = new float[length];
        out[position] = amplitude;
        return out;
    }
}
