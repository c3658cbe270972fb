package io.segue.predictor.beat.internal.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BeatGridTest {

    @Test
    void locksOntoJitteredBeatsAndPredictsTheNext() {
        BeatGrid grid = new BeatGrid();
        Random random = new Random(1);
        double period = 60 / 126.0;
        grid.tempo(124, 0);
        for (int k = 0; k < 16; k++) {
            grid.beat(k * period + 0.005 * random.nextGaussian());
        }
        assertTrue(grid.locked());
        assertEquals(period, grid.periodSeconds(), 0.003, "the beats' period, not the 124 BPM estimate");
        assertEquals(16 * period, grid.nextBeatAfter(15 * period + 0.01), 0.015);
        assertEquals(1.0, grid.confidence(), 1e-9);
    }

    @Test
    void followsATempoStepWithinAFewBeats() {
        BeatGrid grid = new BeatGrid();
        grid.tempo(124, 0);
        double t = 0;
        for (int k = 0; k < 12; k++, t += 60 / 124.0) {
            grid.beat(t);
        }
        double errorAfterSix = 0;
        for (int k = 0; k < 12; k++, t += 60 / 128.0) {
            double predicted = grid.nextBeatAfter(t - 0.1);
            if (k >= 6) {
                errorAfterSix = Math.max(errorAfterSix, Math.abs(predicted - t));
            }
            grid.beat(t);
        }
        assertTrue(errorAfterSix < 0.02, "error six beats after the step " + errorAfterSix);
    }

    @Test
    void jumpsToANewPhaseAfterTwoAgreeingOffGridBeats() {
        BeatGrid grid = new BeatGrid();
        grid.tempo(120, 0);
        for (int k = 0; k < 8; k++) {
            grid.beat(k * 0.5);
        }
        grid.beat(8 * 0.5 + 0.25);
        assertEquals(4.5, grid.nextBeatAfter(4.3), 1e-6, "one off-beat event does not move the grid");
        grid.beat(9 * 0.5 + 0.25);
        assertEquals(5.25, grid.nextBeatAfter(5.0), 0.01);
        assertTrue(grid.confidence() < 1);
    }

    @Test
    void forgetsEverythingWhenTheTempoIsLost() {
        BeatGrid grid = new BeatGrid();
        grid.tempo(120, 0);
        grid.beat(0.5);
        assertTrue(grid.locked());
        grid.tempo(Double.NaN, 1);
        assertFalse(grid.locked());
        assertTrue(Double.isNaN(grid.nextBeatAfter(2)));
        assertEquals(0, grid.confidence());
    }

    @Test
    void aFarTempoEstimateReplacesThePeriodOnlyOnceItPersists() {
        BeatGrid grid = new BeatGrid();
        grid.tempo(120, 0);
        grid.beat(0);
        grid.tempo(60, 1);
        assertEquals(0.5, grid.periodSeconds(), 0.01, "an octave flip is not taken at once");
        grid.tempo(60, 1 + BeatGrid.TEMPO_CONFIRM_SECONDS);
        assertEquals(1.0, grid.periodSeconds(), 1e-9);
    }

    @Test
    void adoptingTwiceTheTempoKeepsThePhase() {
        BeatGrid grid = new BeatGrid();
        grid.adopt(90, 0);
        grid.beat(0.2);
        grid.adopt(180, 1);
        assertEquals(0.2 + 4 / 3.0, grid.nextBeatAfter(1.4), 1e-6);
        grid.adopt(100, 2);
        assertFalse(grid.locked(), "an unrelated tempo loses the phase");
    }

    @Test
    void aCueLocksAtOnceAndEventsCorrectIt() {
        BeatGrid grid = new BeatGrid();
        grid.tempo(100, 0);
        grid.beat(0.3);
        grid.cue(0.5, 10.0);
        assertTrue(grid.locked());
        assertEquals(0.5, grid.periodSeconds(), 1e-12);
        assertEquals(11.0, grid.nextBeatAfter(10.9), 1e-9);
        assertEquals(10.0, grid.lastEventSeconds(), 1e-12, "the anchor counts as the last event");
        assertEquals(0, grid.confidence(), "the old grid's history is gone");
        assertTrue(grid.onGrid(10.62));
        assertFalse(grid.onGrid(10.75));
        grid.beat(10.52);
        assertEquals(11.012, grid.nextBeatAfter(10.9), 0.01, "the phase moves by the gain's share of 20 ms");
        assertThrows(IllegalArgumentException.class, () -> grid.cue(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> grid.cue(0.5, Double.POSITIVE_INFINITY));
    }

    @Test
    void retuneKeepsThePhaseAtTheLastBeat() {
        BeatGrid grid = new BeatGrid();
        grid.retune(0.4);
        assertFalse(grid.locked(), "nothing to retune");
        grid.cue(0.5, 0);
        grid.beat(2.0);
        grid.retune(0.46);
        assertEquals(0.46, grid.periodSeconds(), 1e-12);
        assertEquals(2.46, grid.nextBeatAfter(2.1), 1e-9);
    }
}
