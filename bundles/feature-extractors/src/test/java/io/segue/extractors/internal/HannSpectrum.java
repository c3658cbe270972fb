package io.segue.extractors.internal;

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

    private static void fft(double[] re, double[] im) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
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
            double step = -2 * Math.PI / len;
            for (int start = 0; start < n; start += len) {
                for (int m = 0; m < len / 2; m++) {
                    double wr = Math.cos(step * m);
                    double wi = Math.sin(step * m);
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
}
