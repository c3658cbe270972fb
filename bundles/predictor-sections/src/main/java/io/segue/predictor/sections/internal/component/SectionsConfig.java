package io.segue.predictor.sections.internal.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue section predictor",
        description = "How build-ups, drops and breakdowns are found in the live stream, and how far ahead a drop "
                + "is expected. A change restarts the predictor (it forgets the stream so far).")
public @interface SectionsConfig {

    String PID = "io.segue.predictor.sections";

    @AttributeDefinition(min = "2", max = "64",
            description = "Bars in a phrase, 2..64: a drop is expected at a phrase boundary counted from the "
                    + "breakdown's start")
    int phraseBars() default 8;

    @AttributeDefinition(min = "2", max = "40",
            description = "How far the momentary loudness must fall below the groove's level for a breakdown, "
                    + "in dB, 2..40")
    double breakdownFallDb() default 6;

    @AttributeDefinition(min = "0.5", max = "40",
            description = "How close to the groove's level the momentary loudness must come back for a drop, in "
                    + "dB, 0.5..breakdownFallDb")
    double dropMarginDb() default 3;

    @AttributeDefinition(min = "0.05", max = "4",
            description = "How far a bar's mean spectral centroid must rise above the breakdown's for a build-up, "
                    + "in octaves, 0.05..4")
    double buildupOctaves() default 0.3;
}
