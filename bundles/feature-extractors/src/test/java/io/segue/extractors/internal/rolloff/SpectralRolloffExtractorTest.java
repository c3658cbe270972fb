package io.segue.extractors.internal.rolloff;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.feature.AnalysisFormat;
import io.segue.extractors.internal.ProcessorRun;
import io.segue.extractors.internal.Signals;
import org.junit.jupiter.api.Test;

class SpectralRolloffExtractorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final double RATE = DEFAULT_FORMAT.sampleRateHz();
    private static final double BIN_HZ = RATE / N;

    private final ProcessorRun run = new ProcessorRun(new SpectralRolloffExtractor(), DEFAULT_FORMAT);

    @Test
    void silenceIsZeroHz() {
        assertEquals(0.0f, run.value(0, new float[N]));
        assertEquals(0.0f, run.value(1, Signals.impulse(N, 0, 1f)));
    }

    @Test
    void anImpulseRollsOffAt85PercentOfTheBins() {
        // flat over 1025 bins: bins 0 .. j hold (j + 1) / 1025 >= 0.85 first at j = 871 (872 / 1025 = 0.8507)
        assertEquals(871 * BIN_HZ, run.value(0, Signals.impulse(N, N / 4, 0.5f)), 1e-3);
    }

    @Test
    void aSineOnABinRollsOffAtTheTopOfItsMainLobe() {
        // Hann lobe N/8, N/4, N/8 at k-1, k, k+1: cumulative shares 1/4, 3/4, 1, so 0.85 is reached at k + 1
        for (int bin : new int[] {10, 100, 700}) {
            assertEquals((bin + 1) * BIN_HZ, run.value(bin, Signals.sine(N, bin * BIN_HZ, RATE, 0.5)), 1e-3,
                    "bin " + bin);
        }
    }

    @Test
    void whiteNoiseRollsOffNear85PercentOfNyquist() {
        for (long seed = 1; seed <= 5; seed++) {
            assertEquals(0.85 * RATE / 2, run.value(seed, Signals.whiteNoise(N, seed)), 0.03 * RATE / 2,
                    "seed " + seed);
        }
    }

    @Test
    void consecutiveFramesAreIndependent() {
        assertEquals(301 * BIN_HZ, run.value(0, Signals.sine(N, 300 * BIN_HZ, RATE, 1.0)), 1e-3);
        assertEquals(51 * BIN_HZ, run.value(1, Signals.sine(N, 50 * BIN_HZ, RATE, 1.0)), 1e-3);
        assertEquals(0.0f, run.value(2, new float[N]));
    }

    @Test
    void binFrequenciesFollowTheFormat() {
        AnalysisFormat other = new AnalysisFormat(44100, 1024, 256);
        double binHz = 44100.0 / 1024;
        assertEquals(101 * binHz, new ProcessorRun(new SpectralRolloffExtractor(), other)
                .value(0, Signals.sine(1024, 100 * binHz, 44100, 1.0)), 1e-3);
    }
}
