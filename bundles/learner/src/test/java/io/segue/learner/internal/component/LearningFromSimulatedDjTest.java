package io.segue.learner.internal.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.learn.Feedback;
import io.segue.api.learn.Learner;
import io.segue.api.library.TrackAnalysis;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, done-when 4: a simulated DJ with a hidden taste ({@link SimulatedDj}) gives feedback on offered
 * transitions in a generated library of 200 tracks ({@link SyntheticLibrary}), one at a time; the learner's ranking
 * AUC on held-out transitions rises from 0.5 to at least 0.85 within 200 feedbacks.
 *
 * <p>The library is split: the DJ gives feedback on transitions among the first 150 tracks; the AUC is measured on
 * 600 offered transitions among the other 50, which the learner never heard of, against the DJ's noise-free taste
 * (the noise is in the training verdicts only). AUC is the probability that a random liked transition scores above
 * a random disliked one, ties counting half; a learner that gives no score counts as scoring every transition alike.
 *
 * <p>Run {@code ./mvnw -o -B -pl test-support,bundles/api,bundles/learner verify -Dtest=LearningFromSimulatedDjTest
 * -Dsurefire.failIfNoSpecifiedTests=false} to see the AUC curve printed every 25 feedbacks.
 */
class LearningFromSimulatedDjTest {

    private static final int TRACKS = 200;
    private static final int TRAINING_TRACKS = 150;
    private static final int HELD_OUT_PAIRS = 600;
    private static final int FEEDBACKS = 200;
    private static final long[] SEEDS = {1, 2, 3, 4, 5};

    @Test
    void aucRisesFromAHalfToAtLeast085Within200Feedbacks() {
        for (long seed : SEEDS) {
            List<Double> curve = curve(seed, newLogistic(seed));
            System.out.println("logistic learner, seed " + seed + ": AUC by feedbacks " + format(curve));
            assertTrue(curve.get(0) >= 0.4 && curve.get(0) <= 0.6, "AUC before any feedback, seed " + seed + ": "
                    + curve.get(0));
            double last = curve.get(curve.size() - 1);
            assertTrue(last >= 0.85, "AUC after " + FEEDBACKS + " feedbacks, seed " + seed + ": " + last);
        }
    }

    @Test
    void theUntrainedLearnerGivesNoScores() {
        World world = new World(1);
        Learner learner = newLogistic(1).apply(world);
        for (Pair pair : world.heldOut) {
            assertTrue(learner.transitionScore(pair.from.trackId(), pair.to.trackId()).isEmpty());
        }
        assertEquals(0.5, auc(learner, world.heldOut), 1e-12);
    }

    @Test
    void theRuleBaselineKnowsTempoAndKeyButNotEnergy() {
        for (long seed : SEEDS) {
            World world = new World(seed);
            RuleLearner rules = new RuleLearner(world.library, Configs.defaults(RuleLearnerConfig.class),
                    new RecordingLogger().logger());
            double auc = auc(rules, world.heldOut);
            System.out.printf("rule baseline, seed %d: AUC %.3f (constant: it learns nothing)%n", seed, auc);
            assertTrue(auc > 0.6, "the rules know tempo and key: " + auc);
        }
    }

    private static LearnerFactory newLogistic(long seed) {
        return world -> new OnlineTransitionLearner(world.library, new InMemoryModelStore(),
                Configs.defaults(LogisticLearnerConfig.class), new RecordingLogger().logger());
    }

    /** The AUC before any feedback and after every 25 up to {@value #FEEDBACKS}. */
    private static List<Double> curve(long seed, LearnerFactory factory) {
        World world = new World(seed);
        Learner learner = factory.apply(world);
        SimulatedDj dj = new SimulatedDj(seed * 31);
        List<Double> curve = new ArrayList<>();
        curve.add(auc(learner, world.heldOut));
        for (int n = 1; n <= FEEDBACKS; n++) {
            TrackAnalysis[] offered = dj.offer(world.training);
            learner.learn(new Feedback(offered[0].trackId(), offered[1].trackId(), dj.verdict(offered[0], offered[1]),
                    0, "simulated", n));
            if (n % 25 == 0) {
                curve.add(auc(learner, world.heldOut));
            }
        }
        assertEquals(FEEDBACKS, learner.feedbackCount());
        return curve;
    }

    /** P(a liked transition scores above a disliked one), ties half; no score counts as a tie with everything. */
    static double auc(Learner learner, List<Pair> pairs) {
        List<Double> liked = new ArrayList<>();
        List<Double> disliked = new ArrayList<>();
        for (Pair pair : pairs) {
            OptionalDouble score = learner.transitionScore(pair.from.trackId(), pair.to.trackId());
            (pair.liked ? liked : disliked).add(score.orElse(0.5));
        }
        double wins = 0;
        for (double l : liked) {
            for (double d : disliked) {
                wins += l > d ? 1 : l == d ? 0.5 : 0;
            }
        }
        return wins / ((double) liked.size() * disliked.size());
    }

    private static String format(List<Double> curve) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < curve.size(); i++) {
            out.append(String.format(" %d:%.3f", i * 25, curve.get(i)));
        }
        return out.toString();
    }

    record Pair(TrackAnalysis from, TrackAnalysis to, boolean liked) {
    }

    interface LearnerFactory {
        Learner apply(World world);
    }

    /** A generated library, its training tracks and held-out transitions. */
    static final class World {

        final FakeMusicLibrary library = new FakeMusicLibrary();
        final List<TrackAnalysis> training;
        final List<Pair> heldOut = new ArrayList<>();

        World(long seed) {
            List<TrackAnalysis> tracks = SyntheticLibrary.generate(TRACKS, seed);
            tracks.forEach(library::add);
            training = tracks.subList(0, TRAINING_TRACKS);
            List<TrackAnalysis> unseen = tracks.subList(TRAINING_TRACKS, TRACKS);
            SimulatedDj offers = new SimulatedDj(seed * 17 + 5);
            for (int i = 0; i < HELD_OUT_PAIRS; i++) {
                TrackAnalysis[] offered = offers.offer(unseen);
                heldOut.add(new Pair(offered[0], offered[1], SimulatedDj.likes(offered[0], offered[1])));
            }
        }
    }
}
