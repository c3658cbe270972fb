package io.segue.learner.internal.rules;

import static io.segue.api.feature.MusicalKey.A_MINOR;
import static io.segue.api.feature.MusicalKey.C_MAJOR;
import static io.segue.api.feature.MusicalKey.D_MINOR;
import static io.segue.api.feature.MusicalKey.E_MINOR;
import static io.segue.api.feature.MusicalKey.F_SHARP_MAJOR;
import static io.segue.api.feature.MusicalKey.G_MAJOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.feature.MusicalKey;
import io.segue.api.library.TrackAnalysis;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleScoreTest {

    private final RuleScore rules = new RuleScore(6, 0.6);

    private static TrackAnalysis track(double bpm, boolean locked, MusicalKey key) {
        return new TrackAnalysis("t", "test", bpm, 0.9, locked, false, key, 0.8, false, -8, 0.5, 0.7, 0, Map.of());
    }

    @Test
    void theSameTempoAndKeyScoresOne() {
        assertEquals(1, rules.score(track(128, false, A_MINOR), track(128, false, A_MINOR)), 1e-12);
    }

    @Test
    void tempoFallsLinearlyToZeroAtTheTolerance() {
        TrackAnalysis from = track(100, false, A_MINOR);
        assertEquals(0.5, rules.tempo(from, track(103, false, A_MINOR)), 1e-12);
        assertEquals(0.5, rules.tempo(from, track(97, false, A_MINOR)), 1e-12);
        assertEquals(0, rules.tempo(from, track(110, false, A_MINOR)));
        assertEquals(0.5, rules.tempo(from, track(206, false, A_MINOR)), 1e-12, "double tempo folds");
        assertEquals(0, rules.tempo(from, track(206, true, A_MINOR)), "not when locked");
        assertEquals(0.5, rules.tempo(from, track(Double.NaN, false, A_MINOR)), "unknown");
    }

    @Test
    void keyFollowsTheCamelotWheel() {
        assertEquals(1, RuleScore.key(A_MINOR, A_MINOR));
        assertEquals(0.9, RuleScore.key(A_MINOR, C_MAJOR), "relative");
        assertEquals(0.9, RuleScore.key(A_MINOR, E_MINOR), "8A → 9A");
        assertEquals(0.9, RuleScore.key(A_MINOR, D_MINOR), "8A → 7A");
        assertEquals(0.5, RuleScore.key(A_MINOR, G_MAJOR), "8A → 9B");
        assertEquals(0.1, RuleScore.key(C_MAJOR, F_SHARP_MAJOR), "a clash");
        assertEquals(0.5, RuleScore.key(A_MINOR, null), "unknown");
    }

    @Test
    void weighsTempoAndKey() {
        // tempo 0.5, key 0.1
        assertEquals(0.6 * 0.5 + 0.4 * 0.1, rules.score(track(100, false, C_MAJOR), track(103, false, F_SHARP_MAJOR)),
                1e-12);
    }
}
