package io.segue.extractors.internal.tempo;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue tempo extractor",
        description = "The tempo range and analysis window of the tempo and beat extractor.")
public @interface TempoConfig {

    String PID = "io.segue.extractor.tempo";

    @AttributeDefinition(min = "30", max = "300",
            description = "The slowest tempo reported, in BPM, 30..300 and below maxBpm")
    double minBpm() default 70;

    @AttributeDefinition(min = "30", max = "300",
            description = "The fastest tempo reported, in BPM, 30..300 and above minBpm")
    double maxBpm() default 180;

    @AttributeDefinition(min = "3", max = "30",
            description = "Seconds of audio the current tempo is measured over, 3..30, and at least "
                    + "171 / minBpm (two slowest beats must fit in 70 % of it)")
    double windowSeconds() default 6;
}
