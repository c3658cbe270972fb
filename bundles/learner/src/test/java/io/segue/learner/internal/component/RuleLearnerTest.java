package io.segue.learner.internal.component;

import static io.segue.api.feature.MusicalKey.A_MINOR;
import static io.segue.api.feature.MusicalKey.F_SHARP_MAJOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.segue.api.learn.Feedback;
import io.segue.api.learn.LearnerStatus;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleLearnerTest {

    private final FakeMusicLibrary library = new FakeMusicLibrary().add("a", 128, A_MINOR, 0.5, -8)
            .add("a2", 128, A_MINOR, 0.9, -6).add("far", 150, F_SHARP_MAJOR, 0.5, -8);
    private final RecordingLogger log = new RecordingLogger();

    private RuleLearner learner(Map<String, ?> config) {
        return new RuleLearner(library, Configs.of(RuleLearnerConfig.class, config), log.logger());
    }

    @Test
    void scoresFromTempoAndKeyAloneFromTheStart() {
        RuleLearner learner = learner(Map.of());
        assertEquals(1, learner.transitionScore("a", "a2").orElseThrow(), 1e-12, "energy plays no part");
        assertEquals(0.4 * 0.1, learner.transitionScore("a", "far").orElseThrow(), 1e-12);
        assertTrue(learner.transitionScore("a", "missing").isEmpty());
        assertTrue(learner.transitionScore("missing", "a").isEmpty());
    }

    @Test
    void countsFeedbackButLearnsNothing() {
        RuleLearner learner = learner(Map.of());
        double before = learner.transitionScore("a", "far").orElseThrow();
        for (int i = 0; i < 20; i++) {
            learner.learn(new Feedback("a", "far", true, 5, null, i));
        }
        assertEquals(20, learner.feedbackCount());
        assertEquals(before, learner.transitionScore("a", "far").orElseThrow());
        learner.reset();
        assertEquals(0, learner.feedbackCount());
    }

    @Test
    void statusAndExportShowTheRules() {
        RuleLearner learner = learner(Map.of("tempoWeight", 0.7, "tempoTolerancePercent", 4.0));
        learner.learn(new Feedback("a", "far", false, 0, null, 0));
        LearnerStatus status = learner.status();
        assertEquals("rules", status.learnerId());
        assertEquals(1, status.feedbackCount());
        assertEquals(Map.of("tempoTolerancePercent", 4.0, "tempoWeight", 0.7, "keyWeight", 1 - 0.7),
                status.parameters());
        JsonObject json = JsonParser.parseString(learner.exportModel()).getAsJsonObject();
        assertEquals("rules", json.get("kind").getAsString());
        assertEquals(1, json.get("version").getAsInt());
        assertEquals(1, json.get("learned").getAsInt());
        assertEquals(0.7, json.get("tempoWeight").getAsDouble());
        assertEquals(4, json.get("tempoTolerancePercent").getAsDouble());
    }

    @Test
    void refusesSettingsOutOfRangeNamingTheKey() {
        RuleLearner learner = learner(Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> learner.modified(Configs.of(RuleLearnerConfig.class, Map.of("tempoWeight", 1.5))));
        assertEquals("io.segue.learner.rules: tempoWeight must be in 0..1, was 1.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> learner.modified(Configs.of(RuleLearnerConfig.class, Map.of("tempoTolerancePercent", 0.1))));
        assertEquals("io.segue.learner.rules: tempoTolerancePercent must be in 0.5..50, was 0.1", e.getMessage());
        assertEquals(0.6, learner.status().parameters().get("tempoWeight"), "the previous settings stay");
        learner(Map.of("tempoWeight", -1.0));
        assertTrue(log.lines().contains("WARN io.segue.learner.rules: tempoWeight must be in 0..1, was -1.0 (running "
                + "on the defaults)"), log.lines().toString());
    }

    @Test
    void ranksBelowTheLogisticLearner() {
        assertTrue(RuleLearner.RANKING < OnlineTransitionLearner.RANKING);
    }
}
