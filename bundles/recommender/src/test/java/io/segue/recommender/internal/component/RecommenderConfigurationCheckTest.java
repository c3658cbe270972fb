package io.segue.recommender.internal.component;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules the metatype cannot state, asked before a change: the reason the component would refuse it. */
class RecommenderConfigurationCheckTest {

    private final RecommenderConfigurationCheck check = new RecommenderConfigurationCheck();

    @Test
    void aValueTheComponentWouldRefuseIsRefusedWithItsReason() {
        assertEquals(Optional.of("io.segue.recommender: tempoWeight, keyWeight and energyWeight are all 0;"
                + " at least one must be above 0"),
                check.problem("io.segue.recommender", Map.of("tempoWeight", 0.0, "keyWeight", "0", "energyWeight", 0)));
    }

    @Test
    void goodValuesAndTheDefaultsPass() {
        assertEquals(Optional.empty(),
                check.problem("io.segue.recommender", Map.of("tempoWeight", 0.0, "keyWeight", "2")));
        assertEquals(Optional.empty(), check.problem("io.segue.recommender", Map.of()));
    }
}
