package io.segue.learner.internal.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticModelTest {

    @Test
    void untrainedSaysOneHalf() {
        assertEquals(0.5, LogisticModel.untrained(3).probability(new double[] {1, 0.3, -0.7}));
    }

    @Test
    void learningReturnsANewModelAndLeavesThisOneAlone() {
        LogisticModel before = LogisticModel.untrained(2);
        LogisticModel after = before.learn(new double[] {1, 1}, 1, 1, 0.1, 0);
        assertArrayEquals(new double[] {0, 0}, before.weights());
        // gradient step: w += 0.1 · (1 − 0.5) · x
        assertArrayEquals(new double[] {0.05, 0.05}, after.weights(), 1e-15);
        assertEquals(1, after.learned());
        assertEquals(1, after.accepted());
    }

    @Test
    void theWeightScalesTheStep() {
        LogisticModel half = LogisticModel.untrained(2).learn(new double[] {1, 1}, 0, 0.5, 0.1, 0);
        assertArrayEquals(new double[] {-0.025, -0.025}, half.weights(), 1e-15);
        assertEquals(0, half.accepted());
    }

    @Test
    void l2ShrinksTheFeatureWeightsButNotTheBias() {
        LogisticModel model = new LogisticModel(new double[] {1, 1}, 0, 0, 0);
        // x = 0 except the bias: only the penalty moves the feature weight; p = σ(1) for the bias step
        LogisticModel after = model.learn(new double[] {1, 0}, 1, 1, 0.1, 0.5);
        assertEquals(1 + 0.1 * (1 - 1 / (1 + Math.exp(-1))), after.weight(0), 1e-15);
        assertEquals(1 - 0.1 * 0.5, after.weight(1), 1e-15);
    }

    @Test
    void weightsCannotBeChangedFromOutside() {
        double[] weights = {1, 2};
        LogisticModel model = new LogisticModel(weights, 0, 0, 0);
        weights[0] = 99;
        model.weights()[1] = 99;
        assertArrayEquals(new double[] {1, 2}, model.weights());
    }

    @Test
    void recoversASeparatingDirection() {
        Random random = new Random(1);
        LogisticModel model = LogisticModel.untrained(3);
        for (int i = 0; i < 2000; i++) {
            double[] x = {1, random.nextDouble() * 2 - 1, random.nextDouble() * 2 - 1};
            model = model.learn(x, 2 * x[1] - x[2] > 0 ? 1 : 0, 1, 0.1, 1e-4);
        }
        assertTrue(model.weight(1) > 0 && model.weight(2) < 0 && model.weight(1) > -model.weight(2),
                model.toString());
        assertTrue(model.probability(new double[] {1, 1, -1}) > 0.9);
        assertTrue(model.probability(new double[] {1, -1, 1}) < 0.1);
    }

    @Test
    void skippingCountsButDoesNotLearn() {
        LogisticModel skipped = new LogisticModel(new double[] {0.5}, 3, 2, 0).skip();
        assertArrayEquals(new double[] {0.5}, skipped.weights());
        assertEquals(3, skipped.learned());
        assertEquals(1, skipped.skipped());
    }
}
