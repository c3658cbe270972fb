package io.segue.recommender.internal.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.mix.EnergyIntent;
import org.junit.jupiter.api.Test;

class EnergyFitTest {

    @Test
    void maintainPrefersASmallChange() {
        assertEquals(1, EnergyFit.score(EnergyIntent.MAINTAIN, 0), 1e-12);
        assertTrue(EnergyFit.score(EnergyIntent.MAINTAIN, 0.05) > EnergyFit.score(EnergyIntent.MAINTAIN, 0.2));
        assertEquals(EnergyFit.score(EnergyIntent.MAINTAIN, -0.1), EnergyFit.score(EnergyIntent.MAINTAIN, 0.1), 1e-12);
        assertEquals(0, EnergyFit.score(EnergyIntent.MAINTAIN, 0.4), 1e-12);
    }

    @Test
    void upPrefersAModerateRiseAndPenalizesADrop() {
        assertEquals(1, EnergyFit.score(EnergyIntent.UP, 0.05), 1e-12);
        assertEquals(1, EnergyFit.score(EnergyIntent.UP, 0.25), 1e-12);
        assertTrue(EnergyFit.score(EnergyIntent.UP, 0) < 1, "no rise is not what the DJ asked for");
        assertEquals(0, EnergyFit.score(EnergyIntent.UP, -0.1), 1e-12);
        assertTrue(EnergyFit.score(EnergyIntent.UP, 0.5) < EnergyFit.score(EnergyIntent.UP, 0.2), "a jump");
        assertTrue(EnergyFit.score(EnergyIntent.UP, 0.5) > 0, "a jump still beats a drop");
    }

    @Test
    void downMirrorsUp() {
        for (double delta = -0.8; delta <= 0.8; delta += 0.05) {
            assertEquals(EnergyFit.score(EnergyIntent.UP, delta), EnergyFit.score(EnergyIntent.DOWN, -delta), 1e-12);
        }
    }

    @Test
    void reasonsTellTheChangeAndTheIntent() {
        assertEquals("energy 0.60 → 0.75 (+0.15), intent up: a moderate rise",
                EnergyFit.reason(EnergyIntent.UP, 0.6, 0.75));
        assertEquals("energy 0.60 → 0.50 (-0.10), intent up: drops", EnergyFit.reason(EnergyIntent.UP, 0.6, 0.5));
        assertEquals("energy 0.50 → 0.50 (+0.00), intent down: barely drops",
                EnergyFit.reason(EnergyIntent.DOWN, 0.5, 0.499));
        assertEquals("energy 0.60 → 0.62 (+0.02), intent maintain: about the same",
                EnergyFit.reason(EnergyIntent.MAINTAIN, 0.6, 0.62));
    }
}
