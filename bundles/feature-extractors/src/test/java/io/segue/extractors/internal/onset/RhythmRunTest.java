package io.segue.extractors.internal.onset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RhythmRunTest {

    @Test
    void scoreCountsMatchesWithinTheTolerance() {
        EventScore score = EventScore.of(new double[] {1, 2, 3}, new double[] {1.01, 2.2, 2.98, 5}, 0.05);
        assertEquals(2, score.matches());
        assertEquals(0.5, score.precision(), 1e-12);
        assertEquals(2.0 / 3, score.recall(), 1e-12);
        assertEquals(0.015, score.meanAbsErrorSeconds(), 1e-9);
    }
}
