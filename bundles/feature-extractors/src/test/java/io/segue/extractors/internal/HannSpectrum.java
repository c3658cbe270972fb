package io.segue.extractors.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spectrum {@link io.segue.api.feature.AnalysisFrame#magnitudes()} specifies, computed the plain way for tests:
 * periodic Hann window {@code w[n] = 0.5 - 0.5 cos(2 pi n / N)}, unnormalized DFT, {@code N/2 + 1} magnitudes.
 */
public final class HannSpectrum {

    private HannSpectrum() {
    }

    /** The Hann window of {@code samples} in double precision. */
    public static double[] windowed(float[] samples) {
        int n = samples.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = samples[i] * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / n));
        }
        return out;
    }

    /** {@code |DFT(w * samples)|} for bins {@code 0 .. N/2}, by an iterative radix-2 FFT; N a power of two. */
    public static float[] magnitudes(float[] samples) {
        int n = samples.length;
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("length must be a power of two >= 2, was " + n);
        }
        double[] re = windowed(samples);
        double[] im = new double[n];
        fft(re, im);
        float[] magnitudes = new float[n / 2 + 1];
        for (int k = 0; k < magnitudes.length; k++) {
            magnitudes[k] = (float) Math.hypot(re[k], im[k]);
        }
        return magnitudes;
    }

    /** {@code |DFT(x)|} for bins {@code 0 .. N/2} by the O(N^2) definition, to check {@link #magnitudes}. */
    public static double[] naiveDftMagnitudes(double[] x) {
        int n = x.length;
        double[] magnitudes = new double[n / 2 + 1];
        for (int k = 0; k < magnitudes.length; k++) {
            double re = 0;
            double im = 0;
            for (int i = 0; i < n; i++) {
                double angle = -2 * Math.PI * ((long) k * i % n) / n;
                re += x[i] * Math.cos(angle);
                im += x[i] * Math.sin(angle);
            }
            magnitudes[k] = Math.hypot(re, im);
        }
        return magnitudes;
    }

    /** The radix-2 FFT in place, with the twiddles and bit reversal of each size computed once. */
    private static void fft(double[] re, double[] im) {
        Plan plan = PLANS.computeIfAbsent(re.length, Plan::new);
        int n = re.length;
        for (int i = 0; i < n; i++) {
            int j = plan.reversed[i];
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            int stride = n / len;
            for (int start = 0; start < n; start += len) {
                for (int m = 0; m < len / 2; m++) {
                    double wr = plan.cos[m * stride];
                    double wi = plan.sin[m * stride];
                    int a = start + m;
                    int b = a + len / 2;
                    double br = re[b] * wr - im[b] * wi;
                    double bi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - br;
                    im[b] = im[a] - bi;
                    re[a] += br;
                    im[a] += bi;
                }
            }
        }
    }

    private static final Map<Integer, Plan> PLANS = new ConcurrentHashMap<>();

    /** Twiddles {@code exp(-2 pi i m / n)} and the bit-reversed index of each position, for one size. */
    private static final class Plan {

        final double[] cos;
        final double[] sin;
        final int[] reversed;

        Plan(int n) {
            cos = new double[n / 2];
            sin = new double[n / 2];
            for (int m = 0; m < n / 2; m++) {
                cos[m] = Math.cos(-2 * Math.PI * m / n);
                sin[m] = Math.sin(-2 * Math.PI * m / n);
            }
            int bits = Integer.numberOfTrailingZeros(n);
            reversed = new int[n];
            for (int i = 0; i < n; i++) {
                reversed[i] = Integer.reverse(i) >>> (32 - bits);
            }
        }
    }
}
