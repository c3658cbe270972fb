package io.segue.extractors.internal.bandwidth;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.feature.AnalysisFormat;
import io.segue.extractors.internal.ProcessorRun;
import io.segue.extractors.internal.Signals;
import org.junit.jupiter.api.Test;

class SpectralBandwidthExtractorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final double RATE = DEFAULT_FORMAT.sampleRateHz();
    private static final double BIN_HZ = RATE / N;

    private final ProcessorRun run = new ProcessorRun(new SpectralBandwidthExtractor(), DEFAULT_FORMAT);

    @Test
    void silenceIsZeroHz() {
        assertEquals(0.0f, run.value(0, new float[N]));
        // the Hann window is 0 at n = 0: a lone first sample leaves an all-zero spectrum
        assertEquals(0.0f, run.value(1, Signals.impulse(N, 0, 1f)));
    }

    @Test
    void anImpulseHasTheSpreadOfAFlatSpectrum() {
        // |DFT| of w[n0] delta(n - n0) is w[n0] in every bin: uniform weights over bins 0 .. 1024
        double expected = BIN_HZ * Math.sqrt((1025.0 * 1025 - 1) / 12);
        assertEquals(expected, run.value(0, Signals.impulse(N, N / 4, 0.5f)), 1e-4 * expected);
    }

    /** Equal sines on bins {@code a} and {@code b}, {@code n} samples at {@code rate}. */
    static float[] twoTones(int n, double rate, int a, int b) {
        float[] low = Signals.sine(n, a * rate / n, rate, 0.4);
        float[] high = Signals.sine(n, b * rate / n, rate, 0.4);
        for (int i = 0; i < n; i++) {
            low[i] += high[i];
        }
        return low;
    }

    /**
     * A Hann-windowed sine on bin k reads N/8, N/4, N/8 at k-1, k, k+1 and nothing elsewhere; two equal ones on bins
     * a and b weigh each lobe half, so the variance is ((b - a) / 2)^2 + 1/2 bins^2. (One sine alone would be
     * sqrt(1/2) bins wide in theory, but the float rounding of its samples leaves a floor about 140 dB down that the
     * far bins weigh by their squared distance: it adds some 0.1 bin^2, too much to test to the theory.)
     */
    @Test
    void twoTonesSpreadHalfTheirDistanceEachSide() {
        for (int[] bins : new int[][] {{100, 300}, {40, 60}, {500, 900}}) {
            double half = (bins[1] - bins[0]) / 2.0;
            double expected = BIN_HZ * Math.sqrt(half * half + 0.5);
            assertEquals(expected, run.value(0, twoTones(N, RATE, bins[0], bins[1])), 1e-3 * expected,
                    bins[0] + " and " + bins[1]);
        }
    }

    @Test
    void loudnessDoesNotChangeTheBandwidth() {
        float[] loud = twoTones(N, RATE, 100, 300);
        float[] quiet = new float[N];
        for (int i = 0; i < N; i++) {
            quiet[i] = loud[i] * 0.01f;
        }
        assertEquals(run.value(0, loud), run.value(1, quiet), 1e-3);
    }

    @Test
    void whiteNoiseSpreadsLikeAUniformDistributionUpToNyquist() {
        double expected = RATE / 2 / Math.sqrt(12);
        for (long seed = 1; seed <= 5; seed++) {
            assertEquals(expected, run.value(seed, Signals.whiteNoise(N, seed)), 0.05 * expected, "seed " + seed);
        }
    }

    @Test
    void consecutiveFramesAreIndependent() {
        double twoTones = BIN_HZ * Math.sqrt(100 * 100 + 0.5);
        assertEquals(twoTones, run.value(0, twoTones(N, RATE, 100, 300)), 1e-3 * twoTones);
        double flat = BIN_HZ * Math.sqrt((1025.0 * 1025 - 1) / 12);
        assertEquals(flat, run.value(1, Signals.impulse(N, N / 2, 1f)), 1e-4 * flat);
        assertEquals(0.0f, run.value(2, new float[N]));
    }

    @Test
    void binWidthFollowsTheFormat() {
        AnalysisFormat other = new AnalysisFormat(44100, 1024, 256);
        double binHz = 44100.0 / 1024;
        float value = new ProcessorRun(new SpectralBandwidthExtractor(), other).value(0, twoTones(1024, 44100, 50, 150));
        double expected = binHz * Math.sqrt(50 * 50 + 0.5);
        assertEquals(expected, value, 1e-3 * expected);
    }
}
