package io.segue.recommender.internal.scoring;

/**
 * How candidates are scored; validated by whoever builds it from a configuration.
 *
 * @param tempoTolerancePercent the rate change at which the tempo score reaches 0
 * @param foldHalfDouble        whether half and double tempo count as a match (never for a locked tempo)
 * @param energyBoostMoves      whether the Camelot +2 and +7 moves score {@code energyBoostScore} instead of a clash
 * @param energyBoostScore      the key score of an energy-boost move, 0..1
 * @param tempoWeight           the tempo component's weight
 * @param keyWeight             the key component's weight
 * @param energyWeight          the energy component's weight
 * @param learnedWeight         the learned component's weight, when a learner is present
 * @param artistWindow          how many of the last played tracks count for the same-artist penalty
 * @param sameArtistPenalty     what the same-artist penalty takes off the total, 0..1
 */
public record ScoringSettings(double tempoTolerancePercent, boolean foldHalfDouble, boolean energyBoostMoves,
        double energyBoostScore, double tempoWeight, double keyWeight, double energyWeight, double learnedWeight,
        int artistWindow, double sameArtistPenalty) {

    /** The defaults of the configuration: tempo counts most, key less (DJs warn against over-weighting it). */
    public static final ScoringSettings DEFAULTS = new ScoringSettings(6, true, true, 0.7, 0.4, 0.25, 0.2, 0.15, 3,
            0.3);
}
