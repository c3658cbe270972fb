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
        assertEquals(0.0, tracker.beatDeviation(), 1e-9);
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
    void aTempoChangeLeavesTheBeatsRegular() {
        BeatTracker tracker = new BeatTracker(60, 100);
        double pulse = 7;
        double worst = 0;
        for (int f = 0; f < 2400; f++) {
            int period = f < 1000 ? 40 : 50;
            boolean hit = false;
            if (f >= Math.round(pulse)) {
                hit = true;
                pulse += period;
            }
            tracker.push(hit ? 1 : 0, period);
            if (f > 1600) {
                worst = Math.max(worst, tracker.beatDeviation());
            }
        }
        // 150 frames (four beats) after the change each interval is a whole period of its own tempo again
        assertEquals(0.0, worst, 1e-9, "deviation after the change");
    }

    @Test
    void noPeriodNoBeats() {
        BeatTracker tracker = new BeatTracker(60, 100);
        for (int f = 0; f < 500; f++) {
            assertTrue(Double.isNaN(tracker.push(f % 40 == 0 ? 1 : 0, Double.NaN)));
        }
        assertTrue(Double.isNaN(tracker.beatDeviation()));
    }
}
