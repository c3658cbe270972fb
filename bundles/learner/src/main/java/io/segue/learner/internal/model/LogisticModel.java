package io.segue.learner.internal.model;

import java.util.Arrays;

/**
 * A logistic regression over transition features, as an immutable value: {@link #learn} returns a new model and
 * leaves this one as it was, so that a model once published can be read from any thread without a lock.
 *
 * <p>One step of stochastic gradient descent per feedback on the log-loss with an L2 penalty (not on the bias):
 * {@code w ← w + η·s·(y − p)·x − η·λ·w}, where {@code p} is the model's probability before the step, {@code y} the
 * label and {@code s} the feedback's weight.
 *
 * @param weights  one per feature, the first the bias; never changed after construction
 * @param learned  feedbacks learned from
 * @param accepted of which accepted
 * @param skipped  feedbacks that could not be learned from (a track without an analysis)
 */
public record LogisticModel(double[] weights, long learned, long accepted, long skipped) {

    public LogisticModel {
        weights = weights.clone();
    }

    /** A model that has learned nothing: every weight 0, every probability ½. */
    public static LogisticModel untrained(int features) {
        return new LogisticModel(new double[features], 0, 0, 0);
    }

    /** The probability, 0..1, that the DJ takes a transition with features {@code x}. */
    public double probability(double[] x) {
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The model after one SGD step on {@code x} labelled {@code label} (1 accepted, 0 rejected), weighted. */
    public LogisticModel learn(double[] x, double label, double weight, double learningRate, double l2) {
        double error = label - probability(x);
        double[] next = weights.clone();
        for (int i = 0; i < next.length; i++) {
            double penalty = i == 0 ? 0 : l2 * next[i];
            next[i] += learningRate * (weight * error * x[i] - penalty);
        }
        return new LogisticModel(next, learned + 1, accepted + (label > 0.5 ? 1 : 0), skipped);
    }

    /** This model with one more feedback that could not be learned from. */
    public LogisticModel skip() {
        return new LogisticModel(weights, learned, accepted, skipped + 1);
    }

    /** A copy of the weights. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The weight of feature {@code index}, without copying. */
    public double weight(int index) {
        return weights[index];
    }

    public int size() {
        return weights.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogisticModel m && Arrays.equals(weights, m.weights) && learned == m.learned
                && accepted == m.accepted && skipped == m.skipped;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + Long.hashCode(learned);
    }

    @Override
    public String toString() {
        return "LogisticModel" + Arrays.toString(weights) + " learned " + learned;
    }
}
