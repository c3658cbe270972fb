package io.segue.predictor.harmony.internal.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue harmony predictor",
        description = "The chord per beat, key changes and the probable next chords of the live stream.")
public @interface HarmonyConfig {

    String PID = "io.segue.predictor.harmony";

    @AttributeDefinition(min = "2", max = "12",
            description = "Beats in a bar, 2..12: the horizon of the bar-ahead chord forecast")
    int beatsPerBar() default 4;

    @AttributeDefinition(min = "40", max = "240",
            description = "Tempo of the beat grid when the stream has no tempo (no tempo extractor or none found), "
                    + "40..240 BPM")
    double fallbackBpm() default 120;

    @AttributeDefinition(min = "1", max = "5",
            description = "How many of the most probable chords each forecast names, 1..5")
    int forecastCandidates() default 2;

    @AttributeDefinition(min = "0", max = "1",
            description = "A beat whose best chord template correlates less than this with its chroma has no chord, "
                    + "0..1")
    double minChordScore() default 0.5;

    @AttributeDefinition(min = "0", max = "100",
            description = "What one observed chord change counts in the transition model against its "
                    + "common-practice priors (1..4 per usual move), 0..100; 0 never adapts")
    double adaptationWeight() default 1.0;
}
