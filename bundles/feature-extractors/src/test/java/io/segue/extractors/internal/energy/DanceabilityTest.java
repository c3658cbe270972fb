package io.segue.extractors.internal.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DanceabilityTest {

    private static BeatRegularity beats(double... intervals) {
        BeatRegularity beats = new BeatRegularity();
        double t = 0;
        beats.beat(t);
        for (double interval : intervals) {
            t += interval;
            beats.beat(t);
        }
        return beats;
    }

    @Test
    void zeroBeforeEightBeats() {
        assertEquals(0.0, Danceability.of(beats(0.5, 0.5, 0.5, 0.5, 0.5, 0.5), 1.0), "7 beats");
        assertEquals(1.0, Danceability.of(beats(0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5), 1.0), 1e-12, "8 beats");
    }

    @Test
    void zeroWithoutATempo() {
        assertEquals(0.0, Danceability.of(beats(0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5), 0.0));
    }

    @Test
    void regularityTimesPulse() {
        // alternating 0.475 / 0.525: mean 0.5, deviation 0.025, CV 0.05 -> regularity 0.5; confidence 0.3 -> pulse 0.5
        BeatRegularity swinging = beats(0.475, 0.525, 0.475, 0.525, 0.475, 0.525, 0.475, 0.525);
        assertEquals(0.05, swinging.coefficientOfVariation(), 1e-9);
        assertEquals(0.25, Danceability.of(swinging, 0.3), 1e-9);
        assertEquals(0.5, Danceability.of(swinging, 0.9), 1e-9, "pulse clamped at 1");
        BeatRegularity erratic = beats(0.3, 0.7, 0.3, 0.7, 0.3, 0.7, 0.3, 0.7);
        assertEquals(0.0, Danceability.of(erratic, 1.0), "CV 0.4: regularity clamped at 0");
    }
}
