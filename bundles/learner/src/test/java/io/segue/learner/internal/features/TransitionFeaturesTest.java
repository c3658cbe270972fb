package io.segue.learner.internal.features;

import static io.segue.api.feature.MusicalKey.A_MINOR;
import static io.segue.api.feature.MusicalKey.C_MAJOR;
import static io.segue.api.feature.MusicalKey.E_MINOR;
import static io.segue.api.feature.MusicalKey.F_SHARP_MAJOR;
import static io.segue.api.feature.MusicalKey.G_MAJOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.feature.MusicalKey;
import io.segue.api.library.TrackAnalysis;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransitionFeaturesTest {

    private static TrackAnalysis track(double bpm, boolean locked, MusicalKey key, double energy, double lufs) {
        return new TrackAnalysis("t", "test", bpm, 0.9, locked, false, key, 0.8, false, lufs, energy, 0.7, 0,
                Map.of());
    }

    private static double feature(String name, TrackAnalysis from, TrackAnalysis to) {
        return TransitionFeatures.of(from, to)[TransitionFeatures.NAMES.indexOf(name)];
    }

    @Test
    void namesEveryEntry() {
        assertEquals(TransitionFeatures.COUNT, TransitionFeatures.NAMES.size());
        double[] x = TransitionFeatures.of(track(128, false, A_MINOR, 0.5, -8), track(128, false, A_MINOR, 0.5, -8));
        assertEquals(TransitionFeatures.COUNT, x.length);
        assertEquals(1, x[0], "bias");
    }

    @Test
    void tempoDistanceIsTheFoldedOctaveDistanceOnAFixedScale() {
        TrackAnalysis from = track(128, false, A_MINOR, 0.5, -8);
        assertEquals(0, feature("tempoDistance", from, track(128, false, A_MINOR, 0.5, -8)), 1e-12);
        double sixPercent = Math.log(1.06) / Math.log(2) / 0.15;
        assertEquals(sixPercent, feature("tempoDistance", from, track(128 * 1.06, false, A_MINOR, 0.5, -8)), 1e-12);
        assertEquals(sixPercent, feature("tempoDistance", from, track(64 * 1.06, false, A_MINOR, 0.5, -8)), 1e-12,
                "half tempo folds");
        assertEquals(1, feature("tempoDistance", from, track(64, true, A_MINOR, 0.5, -8)), "a locked tempo does not");
        assertEquals(1, feature("tempoDistance", from, track(128 * 1.3, false, A_MINOR, 0.5, -8)), "capped at 1");
        assertEquals(0.5, feature("tempoDistance", from, track(Double.NaN, false, A_MINOR, 0.5, -8)), "unknown");
    }

    @Test
    void camelotStepsAndModeChange() {
        TrackAnalysis am = track(128, false, A_MINOR, 0.5, -8);
        assertEquals(0, feature("camelotSteps", am, track(128, false, C_MAJOR, 0.5, -8)), "relative: same number");
        assertEquals(1, feature("modeChange", am, track(128, false, C_MAJOR, 0.5, -8)));
        assertEquals(1 / 6.0, feature("camelotSteps", am, track(128, false, E_MINOR, 0.5, -8)), 1e-12, "8A → 9A");
        assertEquals(0, feature("modeChange", am, track(128, false, E_MINOR, 0.5, -8)));
        assertEquals(1 / 6.0, feature("camelotSteps", am, track(128, false, G_MAJOR, 0.5, -8)), 1e-12, "8A → 9B");
        assertEquals(1, feature("camelotSteps", track(128, false, C_MAJOR, 0.5, -8),
                track(128, false, F_SHARP_MAJOR, 0.5, -8)), "8B → 2B: across the wheel");
        assertEquals(0.5, feature("camelotSteps", am, track(128, false, null, 0.5, -8)), "no key");
        assertEquals(0.5, feature("modeChange", am, track(128, false, null, 0.5, -8)), "no key");
    }

    @Test
    void energyAndLoudnessDeltasAreSignedAndClipped() {
        TrackAnalysis from = track(128, false, A_MINOR, 0.4, -10);
        TrackAnalysis to = track(128, false, A_MINOR, 0.6, -5);
        assertEquals(0.4, feature("energyDelta", from, to), 1e-12);
        assertEquals(0.4, feature("energyJump", from, to), 1e-12);
        assertEquals(-0.4, feature("energyDelta", to, from), 1e-12);
        assertEquals(0.4, feature("energyJump", to, from), 1e-12);
        assertEquals(0.5, feature("loudnessDelta", from, to), 1e-12);
        assertEquals(-1, feature("loudnessDelta", track(128, false, A_MINOR, 0.4, -2),
                track(128, false, A_MINOR, 0.4, -30)), "clipped");
        assertEquals(1, feature("energyDelta", track(128, false, A_MINOR, 0, -8), track(128, false, A_MINOR, 1, -8)));
        TrackAnalysis unknown = track(128, false, A_MINOR, Double.NaN, Double.NaN);
        assertEquals(0, feature("energyDelta", from, unknown));
        assertEquals(0.5, feature("energyJump", from, unknown));
        assertEquals(0, feature("loudnessDelta", from, unknown));
    }
}
