package io.segue.extractors.internal.onset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.extractors.internal.HannSpectrum;
import io.segue.extractors.internal.Signals;
import io.segue.extractors.internal.TestFrame;
import org.junit.jupiter.api.Test;

class RhythmRunTest {

    @Test
    void magnitudesAreThoseOfHannSpectrum() {
        float[] samples = Signals.whiteNoise(2048, 7);
        float[] expected = HannSpectrum.magnitudes(samples);
        float[] actual = new RhythmRun(TestFrame.DEFAULT_FORMAT).magnitudes(samples);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], 1e-3, "bin " + k);
        }
    }

    @Test
    void scoreCountsMatchesWithinTheTolerance() {
        EventScore score = EventScore.of(new double[] {1, 2, 3}, new double[] {1.01, 2.2, 2.98, 5}, 0.05);
        assertEquals(2, score.matches());
        assertEquals(0.5, score.precision(), 1e-12);
        assertEquals(2.0 / 3, score.recall(), 1e-12);
        assertEquals(0.015, score.meanAbsErrorSeconds(), 1e-9);
    }
}
