package io.segue.recommender.internal.component;

import io.segue.recommender.internal.scoring.ScoringSettings;

/** Validates a {@link RecommenderConfig} into {@link ScoringSettings}. */
final class RecommenderSettings {

    private RecommenderSettings() {
    }

    /**
     * @throws IllegalArgumentException naming the first key whose value is out of range, the range and the value
     */
    static ScoringSettings of(RecommenderConfig config) {
        double tempoWeight = inRange("tempoWeight", config.tempoWeight(), 0, 100);
        double keyWeight = inRange("keyWeight", config.keyWeight(), 0, 100);
        double energyWeight = inRange("energyWeight", config.energyWeight(), 0, 100);
        if (tempoWeight + keyWeight + energyWeight <= 0) {
            throw new IllegalArgumentException(RecommenderConfig.PID
                    + ": tempoWeight, keyWeight and energyWeight are all 0; at least one must be above 0");
        }
        int artistWindow = config.artistWindow();
        if (artistWindow < 0 || artistWindow > 50) {
            throw new IllegalArgumentException(
                    RecommenderConfig.PID + ": artistWindow must be in 0..50, was " + artistWindow);
        }
        return new ScoringSettings(inRange("tempoTolerancePercent", config.tempoTolerancePercent(), 0.5, 50),
                config.foldHalfDouble(), config.energyBoostMoves(),
                inRange("energyBoostScore", config.energyBoostScore(), 0, 1), tempoWeight, keyWeight, energyWeight,
                inRange("learnedWeight", config.learnedWeight(), 0, 100), artistWindow,
                inRange("sameArtistPenalty", config.sameArtistPenalty(), 0, 1));
    }

    private static double inRange(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(RecommenderConfig.PID + ": " + key + " must be in " + number(min) + ".."
                    + number(max) + ", was " + value);
        }
        return value;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
