package io.segue.learner.internal.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue learner: logistic",
        description = "The online logistic regression that learns the DJ's taste in transitions from feedback. "
                + "Changes apply to the next feedback and the next score.")
public @interface LogisticLearnerConfig {

    String PID = "io.segue.learner.logistic";

    @AttributeDefinition(min = "0", max = "10",
            description = "Step size of stochastic gradient descent, above 0 and at most 10")
    double learningRate() default 0.1;

    @AttributeDefinition(min = "0", max = "1",
            description = "L2 penalty on the feature weights (not the bias) per step, 0..1")
    double l2() default 1e-4;

    @AttributeDefinition(min = "0", max = "100000",
            description = "Feedbacks to learn from before the learner scores transitions at all, 0..100000; "
                    + "before that it says it knows too little and the recommender scores without it")
    int minFeedback() default 5;

    @AttributeDefinition(min = "1", max = "100000",
            description = "Save the model after this many feedbacks, 1..100000 (it is a few hundred bytes)")
    int saveEvery() default 1;
}
