package io.segue.predictor.beat.internal.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OnsetGridTest {

    @Test
    void findsTheTempoAndPhaseOfAClickTrain() {
        OnsetGrid grid = new OnsetGrid();
        for (int k = 0; k < 8; k++) {
            grid.onset(0.1 + k * 0.6, 1);
        }
        assertTrue(grid.estimate(4.5));
        assertEquals(0.6, grid.periodSeconds(), 0.005, "100 BPM, not 200 (a grid line per click)");
        assertTrue(grid.onGrid(4.9));
        assertFalse(grid.onGrid(4.6));
    }

    @Test
    void strongBeatsOutweighWeakOffBeats() {
        OnsetGrid grid = new OnsetGrid();
        for (int k = 0; k < 8; k++) {
            grid.onset(k * 0.5, 1);
            grid.onset(k * 0.5 + 0.25, 0.4);
        }
        assertTrue(grid.estimate(4));
        assertEquals(0.5, grid.periodSeconds(), 0.005);
        assertTrue(grid.onGrid(4.5));
        assertFalse(grid.onGrid(4.25));
    }

    @Test
    void needsFourOnsetsOverTwoSlowBeats() {
        OnsetGrid grid = new OnsetGrid();
        for (int k = 0; k < 3; k++) {
            grid.onset(k * 0.5, 1);
        }
        assertFalse(grid.estimate(1.2));
        grid.onset(1.5, 1);
        assertFalse(grid.estimate(1.6), "1.5 s span is under two beats at 70 BPM");
        grid.onset(2.0, 1);
        assertTrue(grid.estimate(2.1));
        grid.reset();
        assertFalse(grid.estimate(2.1));
        assertTrue(Double.isNaN(grid.periodSeconds()));
    }

    @Test
    void nearACueFindsAPitchedTempoWithinRange() {
        OnsetGrid grid = new OnsetGrid();
        double period = 0.5 / 1.06;
        for (int k = 0; k < 8; k++) {
            grid.onset(0.2 + k * period, 1, 0.5);
        }
        assertTrue(grid.estimateNear(4, 0.5, 0.2, 0.5));
        assertEquals(period, grid.periodSeconds(), 0.003, "6 % faster than the cue");
        assertTrue(grid.onGrid(0.2 + 8 * period));
        assertFalse(grid.estimateNear(4, 0.5 * 1.3, 0.2, 0.5) && Math.abs(grid.periodSeconds() - period) < 0.01,
                "a tempo 30 % off the cue's is out of range");
    }

    @Test
    void nearACueTheKickOutweighsAnOffBeatHatOfTheSameStrength() {
        OnsetGrid grid = new OnsetGrid();
        for (int k = 0; k < 8; k++) {
            grid.onset(k * 0.5, 0.8, 0.45);
            grid.onset(k * 0.5 + 0.25, 0.8, 0);
        }
        // the grid in force is on the hats: the kicks, a quarter period away, still win
        assertTrue(grid.estimateNear(4, 0.5, 0.25, 0.5));
        assertTrue(grid.onGrid(4.0));
        assertFalse(grid.onGrid(4.25));
    }

    @Test
    void nearACueNeedsThreeOnsetsOverTwoPeriodsAndForgetsTheOlderOnes() {
        OnsetGrid grid = new OnsetGrid();
        grid.onset(0.0, 1, 0);
        grid.onset(0.5, 1, 0);
        assertFalse(grid.estimateNear(0.6, 0.5, 0, 0.5));
        grid.onset(1.0, 1, 0);
        assertTrue(grid.estimateNear(1.1, 0.5, 0, 0.5));
        grid.forgetBefore(0.4);
        assertFalse(grid.estimateNear(1.1, 0.5, 0, 0.5), "two onsets left");
        assertTrue(Double.isNaN(grid.periodSeconds()));
    }
}
