package io.segue.extractors.tarsos.internal;

import java.util.Random;

/** Test signals of {@code n} samples, generated from their definitions. */
final class Tones {

    private Tones() {
    }

    /** {@code amplitude * sin(2π hz t + phase)} at {@code t = i / sampleRateHz}. */
    static float[] sine(int n, double hz, double sampleRateHz, double amplitude, double phase) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / sampleRateHz + phase));
        }
        return x;
    }

    /**
     * A band-limited sawtooth of fundamental {@code hz}: the harmonics {@code k hz} below the Nyquist frequency with
     * amplitudes {@code 1/k}, scaled to peak about {@code amplitude}.
     */
    static float[] sawtooth(int n, double hz, double sampleRateHz, double amplitude) {
        double[] harmonicAmplitudes = new double[(int) Math.ceil(sampleRateHz / 2 / hz) - 1];
        for (int k = 1; k <= harmonicAmplitudes.length; k++) {
            harmonicAmplitudes[k - 1] = 1.0 / k;
        }
        // the sum of sin(k w t) / k peaks near π/2
        return harmonics(n, hz, sampleRateHz, amplitude * 2 / Math.PI, harmonicAmplitudes);
    }

    /** {@code scale * Σ_k a[k-1] sin(2π k hz t)}: a harmonic tone of fundamental {@code hz}. */
    static float[] harmonics(int n, double hz, double sampleRateHz, double scale, double... amplitudes) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int k = 1; k <= amplitudes.length; k++) {
                sum += amplitudes[k - 1] * Math.sin(2 * Math.PI * k * hz * i / sampleRateHz);
            }
            x[i] = (float) (scale * sum);
        }
        return x;
    }

    /** Uniform white noise in [-amplitude, amplitude), reproducible from {@code seed}. */
    static float[] whiteNoise(int n, long seed, double amplitude) {
        Random random = new Random(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (amplitude * (2 * random.nextDouble() - 1));
        }
        return x;
    }

    /** Zeros but for {@code value} at {@code position}. */
    static float[] impulse(int n, int position, float value) {
        float[] x = new float[n];
        x[position] = value;
        return x;
    }
}
