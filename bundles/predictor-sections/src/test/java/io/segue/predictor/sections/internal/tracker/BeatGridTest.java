package io.segue.predictor.sections.internal.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BeatGridTest {

    @Test
    void fitsThePeriodFarBetterThanTheTempoReading() {
        double period = 60 / 124.37;
        BeatGrid grid = new BeatGrid();
        Random random = new Random(3);
        for (int n = 0; n < 40; n++) {
            grid.add(10 + n * period + 0.005 * random.nextGaussian());
        }
        BeatGrid.Fit fit = grid.fit(60 / 124.0);
        assertNotNull(fit);
        assertEquals(period, fit.periodSeconds(), 1e-4);
        // a minute after the first beat the grid is still on the beat (the reading alone is off by 0.2 s)
        double truth = 10 + 160 * period;
        assertEquals(truth, fit.nearestBeat(truth + 0.1), 0.03);
        assertTrue(Math.abs(truth - (10 + 160 * 60 / 124.0)) > 0.2);
    }

    @Test
    void aBeatOffTheGridIsLeftOut() {
        double period = 0.5;
        BeatGrid grid = new BeatGrid();
        for (int n = 0; n < 16; n++) {
            grid.add(n == 7 ? n * period + 0.2 : n * period);
        }
        assertEquals(period, grid.fit(0.5).periodSeconds(), 1e-9);
        assertEquals(4.0, grid.fit(0.5).nearestBeat(4.1), 1e-9);
    }

    @Test
    void tooFewBeatsOrNoTempoMakeNoGrid() {
        BeatGrid grid = new BeatGrid();
        for (int n = 0; n < BeatGrid.MIN_BEATS - 1; n++) {
            grid.add(n * 0.5);
        }
        assertNull(grid.fit(0.5));
        grid.add(4);
        assertNotNull(grid.fit(0.5));
        assertNull(grid.fit(Double.NaN));
        grid.clear();
        assertNull(grid.fit(0.5));
    }
}
