package io.segue.predictor.beat.internal.tracking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DoubleTimeTest {

    private static final double PERIOD = 60 / 70.0;

    @Test
    void kicksOnOddThirtySecondsOfASlowBeatDoubleIt() {
        DoubleTime doubleTime = new DoubleTime();
        BeatGrid grid = grid(PERIOD);
        for (int beat = 0; beat < 8; beat++) {
            doubleTime.onset(beat * PERIOD, 0.45, grid);
            if (beat % 4 == 1) {
                assertFalse(doubleTime.doubled(), "one is not enough");
                doubleTime.onset((beat + 3 / 8.0) * PERIOD, 0.45, grid);
            }
        }
        assertTrue(doubleTime.doubled());
        doubleTime.reset();
        assertFalse(doubleTime.doubled());
    }

    @Test
    void kicksOnEighthsAndSixteenthsDoNot() {
        DoubleTime doubleTime = new DoubleTime();
        BeatGrid grid = grid(PERIOD);
        for (int beat = 0; beat < 16; beat++) {
            doubleTime.onset(beat * PERIOD, 0.45, grid);
            doubleTime.onset((beat + 0.5) * PERIOD + 0.01, 0.45, grid);
            doubleTime.onset((beat + 0.75) * PERIOD - 0.01, 0.3, grid);
        }
        assertFalse(doubleTime.doubled());
    }

    @Test
    void aFastBeatIsNeverDoubled() {
        DoubleTime doubleTime = new DoubleTime();
        double period = 60 / 120.0;
        BeatGrid grid = grid(period);
        for (int beat = 0; beat < 16; beat++) {
            doubleTime.onset((beat + 3 / 8.0) * period, 0.45, grid);
        }
        assertFalse(doubleTime.doubled());
    }

    private static BeatGrid grid(double period) {
        BeatGrid grid = new BeatGrid();
        grid.cue(period, 0);
        return grid;
    }
}
