package io.segue.learner.internal.component;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules the metatype cannot state, asked before a change: the reason the component would refuse it. */
class LogisticLearnerConfigurationCheckTest {

    private final LogisticLearnerConfigurationCheck check = new LogisticLearnerConfigurationCheck();

    @Test
    void aValueTheComponentWouldRefuseIsRefusedWithItsReason() {
        assertEquals(Optional.of("io.segue.learner.logistic: learningRate must be above 0 and at most 10, was 0.0"),
                check.problem("io.segue.learner.logistic", Map.of("learningRate", 0.0)));
    }

    @Test
    void goodValuesAndTheDefaultsPass() {
        assertEquals(Optional.empty(), check.problem("io.segue.learner.logistic", Map.of("learningRate", "0.5")));
        assertEquals(Optional.empty(), check.problem("io.segue.learner.logistic", Map.of()));
    }
}
