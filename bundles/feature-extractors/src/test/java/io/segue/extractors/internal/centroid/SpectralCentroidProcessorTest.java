package io.segue.extractors.internal.centroid;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.extractors.internal.Allocations;
import io.segue.extractors.internal.Signals;
import io.segue.extractors.internal.TestFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpectralCentroidProcessorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final double SAMPLE_RATE = DEFAULT_FORMAT.sampleRateHz();

    private final SpectralCentroidProcessor processor = new SpectralCentroidProcessor(DEFAULT_FORMAT);
    private final float[] values = new float[1];

    private float process(long index, float[] samples) {
        processor.process(TestFrame.of(DEFAULT_FORMAT, index, samples), values);
        return values[0];
    }

    @ParameterizedTest
    @ValueSource(doubles = {440, 1000, 3000})
    void sineIsAtItsFrequency(double hz) {
        assertEquals(hz, process(0, Signals.sine(N, hz, SAMPLE_RATE, 1.0)), 0.01 * hz);
    }

    @Test
    void loudnessDoesNotMoveTheCentroid() {
        float loud = process(0, Signals.sine(N, 1000, SAMPLE_RATE, 1.0));
        float quiet = process(1, Signals.sine(N, 1000, SAMPLE_RATE, 0.01));
        assertEquals(loud, quiet, 0.01);
    }

    @Test
    void whiteNoiseIsNearAQuarterOfTheSampleRate() {
        for (long seed = 1; seed <= 5; seed++) {
            assertEquals(SAMPLE_RATE / 4, process(seed, Signals.whiteNoise(N, seed)), 0.1 * SAMPLE_RATE / 4,
                    "seed " + seed);
        }
    }

    @Test
    void singleSampleHasAFlatSpectrumAndSoAQuarterOfTheSampleRate() {
        // |DFT| of w[n0] * delta(n - n0) is w[n0] in every bin: the mean of 0 .. Nyquist
        assertEquals(SAMPLE_RATE / 4, process(0, Signals.impulse(N, N / 4, 0.5f)), 1e-3 * SAMPLE_RATE / 4);
    }

    @Test
    void silenceIsZeroHz() {
        assertEquals(0.0f, process(0, new float[N]));
        // the Hann window is 0 at n = 0, so a lone first sample leaves an all-zero spectrum too
        assertEquals(0.0f, process(1, Signals.impulse(N, 0, 1f)));
    }

    @Test
    void consecutiveFramesAreIndependent() {
        assertEquals(3000, process(0, Signals.sine(N, 3000, SAMPLE_RATE, 1.0)), 30);
        assertEquals(440, process(1, Signals.sine(N, 440, SAMPLE_RATE, 1.0)), 4.4);
        assertEquals(0.0f, process(2, new float[N]));
    }

    @Test
    void resetGivesTheValuesOfANewProcessor() {
        float[] noise = Signals.whiteNoise(N, 9);
        float fresh = process(0, noise);
        process(1, Signals.sine(N, 3000, SAMPLE_RATE, 1.0));
        processor.reset();
        assertEquals(fresh, process(0, noise));
    }

    @Test
    void binFrequenciesFollowTheFormat() {
        AnalysisFormat other = new AnalysisFormat(44100, 1024, 256);
        SpectralCentroidProcessor p = new SpectralCentroidProcessor(other);
        p.process(TestFrame.of(other, 0, Signals.sine(1024, 1000, 44100, 1.0)), values);
        assertEquals(1000, values[0], 10);
    }

    @Test
    void emptyValuesArrayIsRefused() {
        TestFrame frame = TestFrame.of(DEFAULT_FORMAT, 0, new float[N]);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> processor.process(frame, new float[0]));
        assertTrue(e.getMessage().contains("'spectral-centroid'"), e.getMessage());
    }

    @Test
    void longerValuesArrayKeepsItsTail() {
        float[] longer = {Float.NaN, 7f};
        processor.process(TestFrame.of(DEFAULT_FORMAT, 0, Signals.sine(N, 1000, SAMPLE_RATE, 1.0)), longer);
        assertEquals(1000f, longer[0], 10f);
        assertEquals(7f, longer[1]);
    }

    @Test
    void spectrumOfAnotherSizeIsRefused() {
        TestFrame frame = new TestFrame(DEFAULT_FORMAT, 0, new float[N], new float[N / 2]);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> processor.process(frame, values));
        assertTrue(e.getMessage().contains("1025 magnitudes"), e.getMessage());
    }

    @Test
    void processDoesNotAllocate() {
        TestFrame frame = TestFrame.of(DEFAULT_FORMAT, 0, Signals.whiteNoise(N, 5));
        long bytes = Allocations.bytesAllocatedBy(() -> processor.process(frame, values), 10_000);
        assertTrue(bytes < 1024, bytes + " bytes allocated in 10000 calls");
    }
}
