package io.segue.extractors.internal.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnergyScoreTest {

    @Test
    void silenceIsZeroAndUnmeasuredIsNone() {
        assertEquals(0.0, EnergyScore.energy(Double.NEGATIVE_INFINITY, 8, 4000, 0.2));
        assertTrue(Double.isNaN(EnergyScore.energy(Double.NaN, 0, 0, 0)));
    }

    @Test
    void theEndsOfEveryTerm() {
        assertEquals(0.0, EnergyScore.energy(-40, 0, 250, 0), 1e-12);
        assertEquals(0.0, EnergyScore.energy(-70, 0, 0, 0), 1e-12, "below the ends: clamped");
        assertEquals(1.0, EnergyScore.energy(-8, 1e9, 4000, 0.1), 1e-12);
        assertEquals(1.0, EnergyScore.energy(0, 1e9, 11025, 1.4), 1e-12, "above the ends: clamped");
    }

    @Test
    void halfWayOfEveryTerm() {
        // eL = 0.5 at -24 LUFS, eR = 1 - 1/e at 4 onsets/s, eC = 0.5 at 1000 Hz (two octaves), eF = 0.5 at 0.05
        double expected = 0.5 * 0.5 + 0.2 * (1 - Math.exp(-1)) + 0.15 * 0.5 + 0.15 * 0.5;
        assertEquals(expected, EnergyScore.energy(-24, 4, 1000, 0.05), 1e-12);
    }

    @Test
    void eachTermByItself() {
        assertEquals(0.5, EnergyScore.energy(-8, 0, 0, 0), 1e-12);
        assertEquals(0.2 * (1 - Math.exp(-2)), EnergyScore.energy(-40, 8, 0, 0), 1e-12);
        assertEquals(0.15 * 0.25, EnergyScore.energy(-40, 0, 500, 0), 1e-12);
        assertEquals(0.15 * 0.3, EnergyScore.energy(-40, 0, 0, 0.03), 1e-12);
    }
}
