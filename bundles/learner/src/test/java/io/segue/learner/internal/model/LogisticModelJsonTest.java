package io.segue.learner.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticModelJsonTest {

    private static final List<String> FEATURES = List.of("bias", "tempo", "key");

    @Test
    void readsWhatItWritesExactly() {
        LogisticModel model = new LogisticModel(new double[] {0.1 + 0.2, -1.0 / 3, 1e-17}, 42, 20, 3);
        String json = LogisticModelJson.write(model, FEATURES, 0.1, 1e-4);
        assertEquals(model, LogisticModelJson.read(json, FEATURES));
    }

    @Test
    void readsWeightsByNameNotByPosition() {
        String json = "{\"kind\":\"logistic\",\"version\":1,\"weights\":{\"key\":3,\"bias\":1,\"tempo\":2},"
                + "\"learned\":1,\"accepted\":0,\"skipped\":0}";
        assertEquals(new LogisticModel(new double[] {1, 2, 3}, 1, 0, 0), LogisticModelJson.read(json, FEATURES));
    }

    @Test
    void refusesWhatItCannotTrustSayingWhy() {
        assertRefused("[1]", "not a JSON object");
        assertRefused("{\"kind\":\"rules\",\"version\":1}", "kind is rules");
        assertRefused("{\"kind\":\"logistic\",\"version\":7}", "version is 7.0; this learner reads version 1");
        assertRefused("{\"kind\":\"logistic\",\"version\":1}", "no \"weights\"");
        assertRefused("{\"kind\":\"logistic\",\"version\":1,\"weights\":{\"bias\":1,\"tempo\":\"x\",\"key\":0}}",
                "weight of tempo is x");
        assertRefused("{\"kind\":\"logistic\",\"version\":1,\"weights\":{\"bias\":1,\"tempo\":2,\"key\":0},"
                + "\"learned\":-1}", "\"learned\" is -1.0, not a count");
        assertRefused("{\"kind\":\"logistic\",", "not JSON at character");
    }

    private static void assertRefused(String json, String why) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> LogisticModelJson.read(json, FEATURES));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
