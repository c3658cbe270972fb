package io.segue.predictor.harmony.internal.tracking;

/**
 * What the harmony tracker is told; validated by the component.
 *
 * @param beatsPerBar        beats in a bar: the horizon of the bar-ahead forecast
 * @param fallbackBpm        the beat grid's tempo when the stream has no tempo (no tempo extractor, or none found)
 * @param forecastCandidates how many of the most probable chords each forecast names
 * @param minChordScore      a beat whose best chord template correlates less than this has no chord
 * @param adaptationWeight   what one observed chord change counts in the transition model, against priors of 1..4
 */
public record HarmonySettings(int beatsPerBar, double fallbackBpm, int forecastCandidates, double minChordScore,
        double adaptationWeight) {

    /** The defaults of the component's configuration. */
    public static final HarmonySettings DEFAULTS = new HarmonySettings(4, 120, 2, 0.5, 1.0);
}
