package io.segue.extractors.internal.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BeatRegularityTest {

    @Test
    void coefficientOfVariationOfKnownIntervals() {
        BeatRegularity beats = new BeatRegularity();
        double t = 1;
        beats.beat(t);
        for (double interval : new double[] {0.5, 0.5, 0.6, 0.4}) {
            t += interval;
            beats.beat(t);
        }
        // mean 0.5, population deviation sqrt((0 + 0 + 0.01 + 0.01) / 4)
        assertEquals(5, beats.beats());
        assertEquals(4, beats.intervals());
        assertEquals(0.5, beats.meanSeconds(), 1e-12);
        assertEquals(Math.sqrt(0.005) / 0.5, beats.coefficientOfVariation(), 1e-9);
    }

    @Test
    void noIntervalAcrossABreakNorBackwards() {
        BeatRegularity beats = new BeatRegularity();
        beats.beat(0);
        beats.beat(0.5);
        beats.beat(0.4);
        beats.breakSequence();
        beats.beat(100);
        beats.beat(100.5);
        assertEquals(4, beats.beats());
        assertEquals(2, beats.intervals());
        assertEquals(0.0, beats.coefficientOfVariation(), 1e-12);
    }

    @Test
    void fewerThanTwoIntervalsHaveNoVariationAndResetForgets() {
        BeatRegularity beats = new BeatRegularity();
        assertTrue(Double.isNaN(beats.meanSeconds()));
        beats.beat(0);
        beats.beat(0.5);
        assertTrue(Double.isNaN(beats.coefficientOfVariation()));
        beats.beat(1.0);
        beats.reset();
        assertEquals(0, beats.beats());
        assertEquals(0, beats.intervals());
        beats.beat(7);
        assertEquals(0, beats.intervals(), "no interval to a beat from before the reset");
    }
}
