package io.segue.recommender.internal.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TempoMatchTest {

    @Test
    void halfAndDoubleTempoFoldOntoTheReference() {
        assertEquals(2, TempoMatch.foldFactor(128, 64, true));
        assertEquals(0.5, TempoMatch.foldFactor(128, 256, true));
        assertEquals(4, TempoMatch.foldFactor(128, 32, true));
        assertEquals(1, TempoMatch.foldFactor(128, 150, true), "within √2 of 128: not folded");
        assertEquals(1, TempoMatch.foldFactor(128, 64, false), "folding off");
    }

    @Test
    void foldingSplitsAtTheSquareRootOfTwo() {
        double sqrt2 = Math.sqrt(2);
        assertEquals(1, TempoMatch.foldFactor(100, 100 * sqrt2 - 0.01, true));
        assertEquals(0.5, TempoMatch.foldFactor(100, 100 * sqrt2 + 0.01, true));
        assertEquals(1, TempoMatch.foldFactor(100, 100 / sqrt2 + 0.01, true));
        assertEquals(2, TempoMatch.foldFactor(100, 100 / sqrt2 - 0.01, true));
    }

    @Test
    void scoreFallsLinearlyToZeroAtTheTolerance() {
        assertEquals(1, TempoMatch.scoreOfRate(0, 6), 1e-12);
        assertEquals(0.5, TempoMatch.scoreOfRate(3, 6), 1e-12);
        assertEquals(0.5, TempoMatch.scoreOfRate(-3, 6), 1e-12);
        assertEquals(0, TempoMatch.scoreOfRate(6, 6), 1e-12);
        assertEquals(0, TempoMatch.scoreOfRate(-40, 6), 1e-12);
    }

    @Test
    void aMatchAgainstOneReferenceScoresAsTheFormula() {
        TempoMatch match = new TempoMatch(128, 6);
        assertEquals(2, match.foldFactor(64, true));
        assertEquals(1, match.foldFactor(64, false));
        for (double bpm = 100; bpm < 160; bpm += 0.7) {
            assertEquals(TempoMatch.scoreOfRate(TempoMatch.ratePercent(128, bpm, 1), 6), match.score(bpm, 1), 1e-12);
        }
        assertEquals(1, match.score(64, 2), 1e-12);
    }

    @Test
    void reasonsShowTheTemposTheFoldAndTheRateChange() {
        assertEquals("128.0 → 129.5 BPM, +1.2 %", TempoMatch.reason(128, 129.5, 1, 6, false));
        assertEquals("128.0 → 65.0 BPM ×2 = 130.0, +1.6 %", TempoMatch.reason(128, 65, 2, 6, false));
        assertEquals("128.0 → 256.0 BPM ×½ = 128.0, +0.0 %", TempoMatch.reason(128, 256, 0.5, 6, false));
        assertEquals("128.0 → 64.0 BPM, -50.0 %, beyond ±6.0 % (tempo locked: not folded to half or double)",
                TempoMatch.reason(128, 64, 1, 6, true));
    }

    @Test
    void unusableTemposAreUnknown() {
        assertEquals(Double.NaN, TempoMatch.sanitize(0));
        assertEquals(Double.NaN, TempoMatch.sanitize(Double.POSITIVE_INFINITY));
        assertEquals(Double.NaN, TempoMatch.sanitize(5000));
        assertEquals(128, TempoMatch.sanitize(128));
    }
}
