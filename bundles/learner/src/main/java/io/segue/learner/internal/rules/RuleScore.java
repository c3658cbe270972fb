package io.segue.learner.internal.rules;

import io.segue.api.feature.MusicalKey;
import io.segue.api.library.TrackAnalysis;
import io.segue.learner.internal.features.TransitionFeatures;

/**
 * A fixed-rule transition score from tempo and key alone, the baseline a learned model has to beat:
 * {@code tempoWeight × tempo + (1 − tempoWeight) × key}.
 *
 * <ul>
 * <li>tempo: 1 at the same tempo, falling linearly to 0 at a rate change of {@code tempoTolerancePercent}; half and
 * double tempo count as the same unless either track's tempo is locked; ½ when a tempo is unknown;</li>
 * <li>key: 1 the same key; 0.9 the relative key or one step round the Camelot wheel in the same mode; 0.5 one step
 * with a change of mode; 0.1 anything else; ½ when a key is unknown.</li>
 * </ul>
 *
 * @param tempoTolerancePercent the rate change at which the tempo score reaches 0, above 0
 * @param tempoWeight           the tempo score's share, 0..1
 */
public record RuleScore(double tempoTolerancePercent, double tempoWeight) {

    public double score(TrackAnalysis from, TrackAnalysis to) {
        return tempoWeight * tempo(from, to) + (1 - tempoWeight) * key(from.key(), to.key());
    }

    double tempo(TrackAnalysis from, TrackAnalysis to) {
        if (!(from.bpm() > 0 && to.bpm() > 0)) {
            return 0.5;
        }
        double ratio = to.bpm() / from.bpm();
        if (!from.bpmLocked() && !to.bpmLocked()) {
            // fold to the nearest of ×½, ×1, ×2
            ratio = ratio > Math.sqrt(2) ? ratio / 2 : ratio < Math.sqrt(0.5) ? ratio * 2 : ratio;
        }
        double changePercent = Math.abs(ratio - 1) * 100;
        return Math.max(0, 1 - changePercent / tempoTolerancePercent);
    }

    static double key(MusicalKey from, MusicalKey to) {
        if (from == null || to == null) {
            return 0.5;
        }
        int steps = TransitionFeatures.camelotSteps(from, to);
        boolean sameMode = from.isMinor() == to.isMinor();
        if (steps == 0) {
            return sameMode ? 1 : 0.9;
        }
        if (steps == 1) {
            return sameMode ? 0.9 : 0.5;
        }
        return 0.1;
    }
}
