package io.segue.learner.internal.component;

import static io.segue.api.feature.MusicalKey.A_MINOR;
import static io.segue.api.feature.MusicalKey.C_MAJOR;
import static io.segue.api.feature.MusicalKey.F_SHARP_MAJOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.segue.api.learn.Feedback;
import io.segue.api.learn.LearnerStatus;
import io.segue.api.learn.ModelStore.StoredModel;
import io.segue.api.library.TrackAnalysis;
import io.segue.learner.internal.features.TransitionFeatures;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OnlineTransitionLearnerTest {

    private final FakeMusicLibrary library = new FakeMusicLibrary();
    private final InMemoryModelStore store = new InMemoryModelStore();
    private final RecordingLogger log = new RecordingLogger();
    private final List<TrackAnalysis> tracks = SyntheticLibrary.generate(60, 7);

    OnlineTransitionLearnerTest() {
        tracks.forEach(library::add);
    }

    private OnlineTransitionLearner learner(Map<String, ?> config) {
        return new OnlineTransitionLearner(library, store, Configs.of(LogisticLearnerConfig.class, config),
                log.logger());
    }

    private OnlineTransitionLearner learner() {
        return learner(Map.of());
    }

    /** {@code count} verdicts of the simulated DJ on transitions among the generated tracks. */
    private List<Feedback> feedback(int count, long seed) {
        SimulatedDj dj = new SimulatedDj(seed);
        List<Feedback> feedback = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TrackAnalysis[] t = dj.offer(tracks);
            feedback.add(new Feedback(t[0].trackId(), t[1].trackId(), dj.verdict(t[0], t[1]), 0, null, i));
        }
        return feedback;
    }

    private List<OptionalDouble> scores(OnlineTransitionLearner learner) {
        List<OptionalDouble> scores = new ArrayList<>();
        for (TrackAnalysis from : tracks) {
            for (TrackAnalysis to : tracks.subList(0, 10)) {
                scores.add(learner.transitionScore(from.trackId(), to.trackId()));
            }
        }
        return scores;
    }

    @Test
    void scoresOnlyAfterMinFeedback() {
        OnlineTransitionLearner learner = learner();
        List<Feedback> feedback = feedback(5, 1);
        String from = tracks.get(0).trackId();
        String to = tracks.get(1).trackId();
        for (int i = 0; i < 4; i++) {
            learner.learn(feedback.get(i));
            assertTrue(learner.transitionScore(from, to).isEmpty(), "after " + (i + 1) + " feedbacks");
        }
        learner.learn(feedback.get(4));
        double score = learner.transitionScore(from, to).orElseThrow();
        assertTrue(score > 0 && score < 1, "a probability: " + score);
        assertEquals(5, learner.feedbackCount());
    }

    @Test
    void anAcceptedTransitionScoresHigherAfterwardsAndARejectedOneLower() {
        OnlineTransitionLearner learner = learner(Map.of("minFeedback", 0));
        String from = tracks.get(0).trackId();
        String to = tracks.get(1).trackId();
        double before = learner.transitionScore(from, to).orElseThrow();
        assertEquals(0.5, before, 1e-12);
        learner.learn(new Feedback(from, to, true, 0, null, 1));
        double liked = learner.transitionScore(from, to).orElseThrow();
        assertTrue(liked > before, liked + " > " + before);
        learner.learn(new Feedback(from, to, false, 0, null, 2));
        learner.learn(new Feedback(from, to, false, 0, null, 3));
        assertTrue(learner.transitionScore(from, to).orElseThrow() < liked);
    }

    @Test
    void aStrongRatingMovesTheScoreFurther() {
        OnlineTransitionLearner plain = learner(Map.of("minFeedback", 0));
        OnlineTransitionLearner rated = new OnlineTransitionLearner(library, new InMemoryModelStore(),
                Configs.of(LogisticLearnerConfig.class, Map.of("minFeedback", 0)), log.logger());
        String from = tracks.get(0).trackId();
        String to = tracks.get(1).trackId();
        plain.learn(new Feedback(from, to, true, 0, null, 1));
        rated.learn(new Feedback(from, to, true, 5, null, 1));
        assertTrue(rated.transitionScore(from, to).orElseThrow() > plain.transitionScore(from, to).orElseThrow());
    }

    @Test
    void noScoreAndNothingLearnedWhenATrackHasNoAnalysis() {
        OnlineTransitionLearner learner = learner(Map.of("minFeedback", 0));
        String known = tracks.get(0).trackId();
        learner.learn(new Feedback(known, "not-analysed", true, 0, null, 1));
        assertEquals(0, learner.feedbackCount());
        assertTrue(learner.status().description().contains("1 skipped"), learner.status().description());
        assertTrue(learner.transitionScore(known, "not-analysed").isEmpty());
        assertTrue(learner.transitionScore("not-analysed", known).isEmpty());
        assertTrue(learner.transitionScore(known, tracks.get(1).trackId()).isPresent());
    }

    @Test
    void survivesARestart() {
        OnlineTransitionLearner first = learner();
        feedback(120, 3).forEach(first::learn);
        List<OptionalDouble> before = scores(first);
        assertEquals(120, store.saves(), "saved after every feedback");
        first.deactivate();

        OnlineTransitionLearner second = learner();
        assertEquals(120, second.feedbackCount());
        assertEquals(before, scores(second));
        assertEquals(first.status().parameters(), second.status().parameters());
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("INFO") && l.contains("120 feedbacks learned")),
                log.lines().toString());
    }

    @Test
    void savesEveryKFeedbacksAndTheRestAtDeactivation() {
        OnlineTransitionLearner learner = learner(Map.of("saveEvery", 10));
        feedback(25, 4).forEach(learner::learn);
        assertEquals(2, store.saves());
        learner.deactivate();
        assertEquals(3, store.saves());
        assertEquals(25, learner().feedbackCount());
    }

    @Test
    void refusesAStoredModelOfAnUnknownVersionAndSaysSo() {
        String future = "{\"kind\":\"logistic\",\"version\":2,\"weights\":{\"bias\":3}}";
        store.put(new StoredModel(OnlineTransitionLearner.ID, 2, future, 1000));
        OnlineTransitionLearner learner = learner(Map.of("minFeedback", 0));
        assertEquals(0, learner.feedbackCount());
        assertEquals(0.5, learner.transitionScore(tracks.get(0).trackId(), tracks.get(1).trackId()).orElseThrow());
        String warning = log.lines().stream().filter(l -> l.startsWith("WARN")).findFirst().orElseThrow();
        assertTrue(warning.contains("version 2") && warning.contains("knows version 1")
                && warning.contains("starting untrained") && warning.contains(future), warning);
        assertEquals(2, store.load(OnlineTransitionLearner.ID).orElseThrow().version(), "kept until the next save");

        feedback(1, 5).forEach(learner::learn);
        assertEquals(1, store.load(OnlineTransitionLearner.ID).orElseThrow().version());
    }

    @Test
    void refusesADamagedStoredModelAndSaysWhy() {
        store.put(new StoredModel(OnlineTransitionLearner.ID, 1, "{\"kind\":\"logistic\",\"version\":1,\"weights\""
                + ":{\"bias\":0.5}}", 1000));
        OnlineTransitionLearner learner = learner();
        assertEquals(0, learner.feedbackCount());
        String warning = log.lines().stream().filter(l -> l.startsWith("WARN")).findFirst().orElseThrow();
        assertTrue(warning.contains("cannot be read") && warning.contains("tempoDistance"), warning);
    }

    @Test
    void resetForgetsTheModelAndDeletesTheStoredOne() {
        OnlineTransitionLearner learner = learner();
        feedback(30, 6).forEach(learner::learn);
        assertTrue(store.load(OnlineTransitionLearner.ID).isPresent());
        learner.reset();
        assertEquals(0, learner.feedbackCount());
        assertTrue(store.load(OnlineTransitionLearner.ID).isEmpty());
        assertTrue(learner.transitionScore(tracks.get(0).trackId(), tracks.get(1).trackId()).isEmpty());
        assertTrue(learner.status().parameters().values().stream().allMatch(w -> w == 0));
        assertEquals(0, learner().feedbackCount(), "a restart after a reset starts untrained");
    }

    @Test
    void aResetWhoseDeleteFailsSaysTheStoredModelComesBack() {
        OnlineTransitionLearner learner = learner();
        feedback(10, 6).forEach(learner::learn);
        store.failing(true);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, learner::reset);
        assertTrue(e.getMessage().contains("could not delete") && e.getMessage().contains("disk full"),
                e.getMessage());
        assertEquals(0, learner.feedbackCount());
    }

    @Test
    void aFailedSaveIsLoggedAndRetriedAfterTheNextFeedback() {
        OnlineTransitionLearner learner = learner();
        List<Feedback> feedback = feedback(3, 8);
        store.failing(true);
        learner.learn(feedback.get(0));
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("WARN") && l.contains("could not save")
                && l.contains("disk full")), log.lines().toString());
        assertEquals(1, learner.feedbackCount(), "the feedback is learned all the same");
        store.failing(false);
        learner.learn(feedback.get(1));
        assertEquals(2, learner().feedbackCount());
    }

    @Test
    void exportsItsModelAsJson() {
        OnlineTransitionLearner learner = learner();
        List<Feedback> feedback = feedback(40, 9);
        feedback.forEach(learner::learn);
        long accepted = feedback.stream().filter(Feedback::accepted).count();

        JsonObject json = JsonParser.parseString(learner.exportModel()).getAsJsonObject();
        assertEquals("logistic", json.get("kind").getAsString());
        assertEquals(1, json.get("version").getAsInt());
        assertEquals(40, json.get("learned").getAsLong());
        assertEquals(accepted, json.get("accepted").getAsLong());
        assertEquals(0.1, json.get("learningRate").getAsDouble());
        assertEquals(1e-4, json.get("l2").getAsDouble());
        List<String> features = new ArrayList<>();
        json.getAsJsonArray("features").forEach(f -> features.add(f.getAsString()));
        assertEquals(TransitionFeatures.NAMES, features);
        JsonObject weights = json.getAsJsonObject("weights");
        LearnerStatus status = learner.status();
        assertEquals(TransitionFeatures.COUNT, weights.size());
        for (String name : TransitionFeatures.NAMES) {
            assertEquals(status.parameters().get(name), weights.get(name).getAsDouble(), name);
        }
        assertEquals(learner.exportModel(), store.load("logistic").orElseThrow().json(), "the stored form");
    }

    @Test
    void statusNamesEveryWeightAndTheSettings() {
        OnlineTransitionLearner learner = learner(Map.of("learningRate", 0.05));
        feedback(12, 10).forEach(learner::learn);
        LearnerStatus status = learner.status();
        assertEquals("logistic", status.learnerId());
        assertEquals(1, status.modelVersion());
        assertEquals(12, status.feedbackCount());
        assertEquals(Set.copyOf(TransitionFeatures.NAMES), status.parameters().keySet());
        assertFalse(status.parameters().values().stream().allMatch(w -> w == 0), "it learned something");
        assertTrue(status.description().contains("learning rate 0.05"), status.description());
    }

    @Test
    void learnsTheDirectionOfTheDjsTaste() {
        OnlineTransitionLearner learner = learner();
        feedback(400, 11).forEach(learner::learn);
        Map<String, Double> w = learner.status().parameters();
        assertTrue(w.get("tempoDistance") < 0, "a tempo jump is disliked: " + w);
        assertTrue(w.get("camelotSteps") < 0, "steps round the wheel are disliked: " + w);
        assertTrue(w.get("energyDelta") > 0, "rising energy is liked: " + w);
    }

    @Test
    void refusesSettingsOutOfRangeNamingTheKey() {
        for (Object[] bad : new Object[][] {{"learningRate", 0.0}, {"learningRate", 11.0}, {"l2", -1.0},
                {"minFeedback", -1}, {"saveEvery", 0}}) {
            OnlineTransitionLearner learner = learner();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> learner.modified(Configs.of(LogisticLearnerConfig.class, Map.of((String) bad[0], bad[1]))));
            assertTrue(e.getMessage().startsWith("io.segue.learner.logistic: " + bad[0] + " must be")
                    && e.getMessage().endsWith("was " + bad[1]), e.getMessage());
        }
    }

    @Test
    void aRefusedChangeKeepsTheSettingsInForce() {
        OnlineTransitionLearner learner = learner(Map.of("minFeedback", 0));
        assertThrows(IllegalArgumentException.class,
                () -> learner.modified(Configs.of(LogisticLearnerConfig.class, Map.of("minFeedback", -3))));
        assertTrue(learner.transitionScore(tracks.get(0).trackId(), tracks.get(1).trackId()).isPresent());
        learner.modified(Configs.of(LogisticLearnerConfig.class, Map.of("minFeedback", 3)));
        assertTrue(learner.transitionScore(tracks.get(0).trackId(), tracks.get(1).trackId()).isEmpty());
    }

    @Test
    void activatesOnTheDefaultsWhenTheConfigurationIsOutOfRange() {
        OnlineTransitionLearner learner = learner(Map.of("l2", 2.0));
        assertTrue(log.lines().contains("WARN io.segue.learner.logistic: l2 must be in 0..1, was 2.0 (running on the "
                + "defaults)"), log.lines().toString());
        assertTrue(learner.status().description().contains("L2 1.0E-4"), learner.status().description());
    }

    @Test
    void scoresFromOtherThreadsWhileLearningNeverFailAndAreProbabilities() throws Exception {
        OnlineTransitionLearner learner = learner();
        List<Feedback> feedback = feedback(3000, 12);
        AtomicBoolean learning = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        CountDownLatch scoring = new CountDownLatch(3);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<Long>> scorers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                long seed = t;
                scorers.add(threads.submit(() -> {
                    Random random = new Random(seed);
                    long scored = 0;
                    scoring.countDown();
                    while (learning.get()) {
                        String from = tracks.get(random.nextInt(tracks.size())).trackId();
                        String to = tracks.get(random.nextInt(tracks.size())).trackId();
                        OptionalDouble score = learner.transitionScore(from, to);
                        if (score.isPresent()) {
                            scored++;
                            if (!(score.getAsDouble() >= 0 && score.getAsDouble() <= 1)) {
                                problems.add("score " + score.getAsDouble());
                            }
                        }
                    }
                    return scored;
                }));
            }
            assertTrue(scoring.await(10, TimeUnit.SECONDS));
            feedback.forEach(learner::learn);
            learning.set(false);
            long scored = 0;
            for (Future<Long> scorer : scorers) {
                scored += scorer.get(10, TimeUnit.SECONDS); // rethrows what a scorer threw
            }
            assertTrue(problems.isEmpty(), problems.toString());
            assertTrue(scored > 0, "the scorers ran while the learner learned");
            assertEquals(3000, learner.feedbackCount());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void readsEachAnalysisOnceWhileTheLibraryIsUnchanged() {
        OnlineTransitionLearner learner = learner(Map.of("minFeedback", 0));
        for (int i = 0; i < 5; i++) {
            learner.transitionScore(tracks.get(0).trackId(), tracks.get(1).trackId());
        }
        assertEquals(2, library.analysisReads());
        library.add("new", 128, A_MINOR, 0.5, -8);
        learner.transitionScore(tracks.get(0).trackId(), tracks.get(1).trackId());
        assertEquals(4, library.analysisReads(), "read again after the library changed");
    }

    @Test
    void aCorrectedAnalysisChangesTheScore() {
        library.add("a", 128, A_MINOR, 0.5, -8).add("b", 128, C_MAJOR, 0.5, -8);
        OnlineTransitionLearner learner = learner();
        feedback(200, 13).forEach(learner::learn);
        double compatible = learner.transitionScore("a", "b").orElseThrow();
        library.add("b", 150, F_SHARP_MAJOR, 0.5, -8);
        assertTrue(learner.transitionScore("a", "b").orElseThrow() < compatible);
    }
}
