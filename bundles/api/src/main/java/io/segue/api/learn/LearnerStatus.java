package io.segue.api.learn;

import java.util.Map;

/**
 * A learner as an operator sees it.
 *
 * @param learnerId     the learner's {@link Learner#id()}
 * @param description   what kind of model it is, in a line
 * @param modelVersion  the version of the model's stored form
 * @param feedbackCount pieces of feedback learned from
 * @param parameters    the model's named parameters (e.g. a weight per transition feature)
 */
public record LearnerStatus(String learnerId, String description, int modelVersion, long feedbackCount,
        Map<String, Double> parameters) {

    public LearnerStatus {
        parameters = Map.copyOf(parameters);
    }
}
