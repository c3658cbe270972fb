package io.segue.recommender.internal.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue recommender",
        description = "How the next track is scored: tempo, Camelot key, energy intent, the learned score, and the "
                + "same-artist penalty. Changes apply to the next request.")
public @interface RecommenderConfig {

    String PID = "io.segue.recommender";

    @AttributeDefinition(min = "0.5", max = "50",
            description = "Rate change, in percent, at which the tempo score falls to 0 (1 at 0 %), 0.5..50")
    double tempoTolerancePercent() default 6;

    @AttributeDefinition(description = "Match half and double tempo (64 BPM plays at 128 at ×2), folded at √2; "
            + "never for a track whose tempo is locked")
    boolean foldHalfDouble() default true;

    @AttributeDefinition(description = "Score the Camelot +2 and +7 'energy boost' moves with energyBoostScore "
            + "instead of as clashes")
    boolean energyBoostMoves() default true;

    @AttributeDefinition(min = "0", max = "1", description = "Key score of an energy-boost move, 0..1")
    double energyBoostScore() default 0.7;

    @AttributeDefinition(min = "0", max = "100", description = "Weight of the tempo score, 0..100")
    double tempoWeight() default 0.4;

    @AttributeDefinition(min = "0", max = "100",
            description = "Weight of the key score, 0..100 (below tempo by default: DJs warn against over-weighting"
                    + " key)")
    double keyWeight() default 0.25;

    @AttributeDefinition(min = "0", max = "100", description = "Weight of the energy-intent score, 0..100")
    double energyWeight() default 0.2;

    @AttributeDefinition(min = "0", max = "100",
            description = "Weight of the learner's transition score when a learner is present, 0..100")
    double learnedWeight() default 0.15;

    @AttributeDefinition(min = "0", max = "50",
            description = "How many of the last tracks played count for the same-artist penalty, 0..50 (0: none)")
    int artistWindow() default 3;

    @AttributeDefinition(min = "0", max = "1",
            description = "What a track by an artist among the last artistWindow played loses off its total, 0..1")
    double sameArtistPenalty() default 0.3;
}
