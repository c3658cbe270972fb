package io.segue.extractors.internal.centroid;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.feature.AnalysisFormat;
import io.segue.extractors.internal.ProcessorRun;
import io.segue.extractors.internal.Signals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpectralCentroidExtractorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final double SAMPLE_RATE = DEFAULT_FORMAT.sampleRateHz();

    private final SpectralCentroidExtractor extractor = new SpectralCentroidExtractor();

    private final ProcessorRun run = new ProcessorRun(extractor, DEFAULT_FORMAT);

    @ParameterizedTest
    @ValueSource(doubles = {440, 1000, 3000})
    void sineIsAtItsFrequency(double hz) {
        assertEquals(hz, run.value(0, Signals.sine(N, hz, SAMPLE_RATE, 1.0)), 0.01 * hz);
    }

    @Test
    void loudnessDoesNotMoveTheCentroid() {
        float loud = run.value(0, Signals.sine(N, 1000, SAMPLE_RATE, 1.0));
        float quiet = run.value(1, Signals.sine(N, 1000, SAMPLE_RATE, 0.01));
        assertEquals(loud, quiet, 0.01);
    }

    @Test
    void whiteNoiseIsNearAQuarterOfTheSampleRate() {
        for (long seed = 1; seed <= 5; seed++) {
            assertEquals(SAMPLE_RATE / 4, run.value(seed, Signals.whiteNoise(N, seed)), 0.1 * SAMPLE_RATE / 4,
                    "seed " + seed);
        }
    }

    @Test
    void singleSampleHasAFlatSpectrumAndSoAQuarterOfTheSampleRate() {
        // |DFT| of w[n0] * delta(n - n0) is w[n0] in every bin: the mean of 0 .. Nyquist
        assertEquals(SAMPLE_RATE / 4, run.value(0, Signals.impulse(N, N / 4, 0.5f)), 1e-3 * SAMPLE_RATE / 4);
    }

    @Test
    void silenceIsZeroHz() {
        assertEquals(0.0f, run.value(0, new float[N]));
        // the Hann window is 0 at n = 0, so a lone first sample leaves an all-zero spectrum too
        assertEquals(0.0f, run.value(1, Signals.impulse(N, 0, 1f)));
    }

    @Test
    void consecutiveFramesAreIndependent() {
        assertEquals(3000, run.value(0, Signals.sine(N, 3000, SAMPLE_RATE, 1.0)), 30);
        assertEquals(440, run.value(1, Signals.sine(N, 440, SAMPLE_RATE, 1.0)), 4.4);
        assertEquals(0.0f, run.value(2, new float[N]));
    }

    @Test
    void binFrequenciesFollowTheFormat() {
        AnalysisFormat other = new AnalysisFormat(44100, 1024, 256);
        assertEquals(1000, new ProcessorRun(extractor, other).value(0, Signals.sine(1024, 1000, 44100, 1.0)), 10);
    }
}
