package io.segue.predictor.beat.internal.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue beat predictor",
        description = "Predicts the next beats of the live stream ahead of time")
public @interface BeatPredictorConfig {

    String PID = "io.segue.predictor.beat";

    @AttributeDefinition(min = "0.1", max = "2",
            description = "How far ahead of the analysis frame's start a beat is announced, in beat periods, 0.1..2")
    double leadBeats() default 0.5;
}
