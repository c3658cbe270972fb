package io.segue.shell.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.learn.Feedback;
import io.segue.api.learn.Learner;
import io.segue.api.learn.LearnerStatus;
import io.segue.api.mix.StreamingIntegration;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.api.stream.QueueStats;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PredictionCommandsTest {

    private List<Prediction> predictions = List.of();
    private final StreamingIntegration mixer = (StreamingIntegration) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {StreamingIntegration.class}, (proxy, method, args) -> {
                if (method.getName().equals("livePredictions")) {
                    return predictions;
                }
                if (method.getName().equals("learningQueue")) {
                    return new QueueStats(2, 50, 120, 3);
                }
                throw new AssertionError("unexpected " + method.getName());
            });
    private final PredictionCommands commands = new PredictionCommands(mixer);
    private int resets;

    private final Learner learner = new Learner() {
        @Override
        public String id() {
            return "logistic";
        }

        @Override
        public void learn(Feedback feedback) {
        }

        @Override
        public OptionalDouble transitionScore(String fromTrackId, String toTrackId) {
            return OptionalDouble.empty();
        }

        @Override
        public long feedbackCount() {
            return 42;
        }

        @Override
        public LearnerStatus status() {
            return new LearnerStatus("logistic", "logistic regression by SGD", 1, 42,
                    Map.of("bias", 0.12, "bpm-distance", -1.5));
        }

        @Override
        public void reset() {
            resets++;
        }

        @Override
        public String exportModel() {
            return "{\"version\":1}";
        }
    };

    @Test
    void predictionsShowWhenTheyWereMadeForWhenAndByWhom() {
        assertTrue(commands.predictions("5").startsWith("no prediction yet"));
        predictions = List.of(new Prediction("beat", PredictionKind.BEAT, 12.5, 128, "", 0.9, 12.25),
                new Prediction("harmony", PredictionKind.CHORD, 13.0, 9, "Am", 0.7, 12.3));
        String table = commands.predictions("5");
        assertTrue(table.contains("12.25  beat    12.50    128")
                || table.matches("(?s).*12\\.25 +beat +12\\.50 +128 +0\\.90 +beat.*"), table);
        assertTrue(table.contains("Am"), table);
        assertEquals("-n must be in 1..256, was 0", assertThrows(IllegalArgumentException.class,
                () -> commands.predictions("0")).getMessage());
    }

    @Test
    void theLearnerIsShownResetAndExported() {
        assertTrue(commands.learner().startsWith("no learner service is present"));
        commands.addLearner(learner);
        String status = commands.learner();
        assertTrue(status.contains("logistic: logistic regression by SGD"), status);
        assertTrue(status.contains("42 learned (model version 1)"), status);
        assertTrue(status.matches("(?s).*bpm-distance +-1\\.5.*"), status);
        assertTrue(status.endsWith("learning queue: 2/50 waiting, 120 offered, 3 dropped"), status);
        assertEquals("reset: logistic", commands.learner("reset"));
        assertEquals(1, resets);
        assertEquals("logistic {\"version\":1}", commands.learner("export"));
        assertEquals("unknown learner action 'train'; " + PredictionCommands.LEARNER_USAGE,
                assertThrows(IllegalArgumentException.class, () -> commands.learner("train")).getMessage());
    }
}
