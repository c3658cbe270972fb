package io.segue.extractors.internal.key;

import io.segue.api.feature.AnalysisFormat;

/**
 * The same magnitudes as {@link io.segue.extractors.internal.HannSpectrum} (periodic Hann window, unnormalized DFT,
 * {@code N/2 + 1} bins) with the window, twiddles and bit reversal computed once: fast enough to frame the minutes
 * of audio the key accuracy test needs. Not thread-safe.
 */
final class FastHannSpectrum {

    private final int n;
    private final double[] window;
    private final double[] cos;
    private final double[] sin;
    private final int[] reversed;
    private final double[] re;
    private final double[] im;

    FastHannSpectrum(int n) {
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("length must be a power of two >= 2, was " + n);
        }
        this.n = n;
        window = new double[n];
        cos = new double[n / 2];
        sin = new double[n / 2];
        reversed = new int[n];
        re = new double[n];
        im = new double[n];
        int bits = Integer.numberOfTrailingZeros(n);
        for (int i = 0; i < n; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / n);
            reversed[i] = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
        }
        for (int i = 0; i < n / 2; i++) {
            cos[i] = Math.cos(2 * Math.PI * i / n);
            sin[i] = -Math.sin(2 * Math.PI * i / n);
        }
    }

    /** Writes {@code |DFT(w * signal[from .. from + n))|} for bins {@code 0 .. n/2} into {@code magnitudes}. */
    void magnitudes(float[] signal, int from, float[] magnitudes) {
        for (int i = 0; i < n; i++) {
            re[reversed[i]] = signal[from + i] * window[i];
            im[i] = 0;
        }
        for (int len = 2; len <= n; len <<= 1) {
            int half = len / 2;
            int stride = n / len;
            for (int start = 0; start < n; start += len) {
                for (int m = 0; m < half; m++) {
                    double wr = cos[m * stride];
                    double wi = sin[m * stride];
                    int a = start + m;
                    int b = a + half;
                    double br = re[b] * wr - im[b] * wi;
                    double bi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - br;
                    im[b] = im[a] - bi;
                    re[a] += br;
                    im[a] += bi;
                }
            }
        }
        for (int k = 0; k <= n / 2; k++) {
            magnitudes[k] = (float) Math.sqrt(re[k] * re[k] + im[k] * im[k]);
        }
    }

    /** Frames {@code signal} as the pipeline does and hands each window's samples and magnitudes to {@code sink}. */
    static void frames(float[] signal, AnalysisFormat format, FrameSink sink) {
        FastHannSpectrum spectrum = new FastHannSpectrum(format.windowSize());
        float[] samples = new float[format.windowSize()];
        float[] magnitudes = new float[format.spectrumSize()];
        long index = 0;
        for (int start = 0; start + samples.length <= signal.length; start += format.hopSize()) {
            System.arraycopy(signal, start, samples, 0, samples.length);
            spectrum.magnitudes(signal, start, magnitudes);
            sink.frame(index++, start, samples, magnitudes);
        }
    }

    @FunctionalInterface
    interface FrameSink {
        void frame(long index, long startSample, float[] samples, float[] magnitudes);
    }
}
