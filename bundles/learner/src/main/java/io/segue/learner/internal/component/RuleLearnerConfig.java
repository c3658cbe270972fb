package io.segue.learner.internal.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue learner: fixed rules",
        description = "The fixed-rule baseline: scores transitions from tempo and key alone and learns nothing "
                + "(it counts the feedback it is given). Changes apply to the next score.")
public @interface RuleLearnerConfig {

    String PID = "io.segue.learner.rules";

    @AttributeDefinition(min = "0.5", max = "50",
            description = "Rate change, in percent, at which the tempo score falls to 0 (1 at 0 %), 0.5..50")
    double tempoTolerancePercent() default 6;

    @AttributeDefinition(min = "0", max = "1",
            description = "Share of the tempo score in the total, 0..1; the key score has the rest")
    double tempoWeight() default 0.6;
}
