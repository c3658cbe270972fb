package io.segue.extractors.internal.tempo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeatTrackerTest {

    @Test
    void beatsFallOnThePulses() {
        BeatTracker tracker = new BeatTracker(60, 100);
        List<Double> beats = new ArrayList<>();
        for (int f = 0; f < 1000; f++) {
            double age = tracker.push(f % 40 == 7 ? 1 : 0, 40);
            if (!Double.isNaN(age)) {
                beats.add(f - age);
            }
        }
        assertTrue(beats.size() >= 20, "beats " + beats.size());
        for (double b : beats) {
            assertEquals(7, ((b % 40) + 40) % 40, 1e-9, "beat at frame " + b);
        }
        assertEquals(1.0, tracker.intervalRegularity(), 1e-9);
    }

    @Test
    void theBeatGoesOnThroughABreakAndPrefersTheStrongerPhase() {
        BeatTracker tracker = new BeatTracker(60, 100);
        List<Double> beats = new ArrayList<>();
        for (int f = 0; f < 1200; f++) {
            boolean inBreak = f >= 500 && f < 700;
            double kick = f % 40 == 0 ? 1 : 0;
            double offbeatHat = f % 40 == 20 ? 0.3 : 0;
            double age = tracker.push(inBreak ? 0 : kick + offbeatHat, 40);
            if (!Double.isNaN(age)) {
                beats.add(f - age);
            }
        }
        for (double b : beats) {
            assertEquals(0, Math.abs(Math.IEEEremainder(b, 40)), 1e-9, "beat at frame " + b);
        }
        assertTrue(beats.stream().anyMatch(b -> b > 520 && b < 680), "beats continue in the break");
    }

    @Test
    void noPeriodNoBeats() {
        BeatTracker tracker = new BeatTracker(60, 100);
        for (int f = 0; f < 500; f++) {
            assertTrue(Double.isNaN(tracker.push(f % 40 == 0 ? 1 : 0, Double.NaN)));
        }
        assertEquals(0.0, tracker.intervalRegularity());
    }
}
