package io.segue.learner.internal.component;

/**
 * A validated {@link LogisticLearnerConfig}.
 *
 * @param learningRate SGD step size
 * @param l2           L2 penalty per step
 * @param minFeedback  feedbacks before the learner scores
 * @param saveEvery    feedbacks between saves
 */
record LogisticSettings(double learningRate, double l2, int minFeedback, int saveEvery) {

    static final LogisticSettings DEFAULTS = new LogisticSettings(0.1, 1e-4, 5, 1);

    /** @throws IllegalArgumentException naming the first key out of range, its range and its value */
    static LogisticSettings of(LogisticLearnerConfig config) {
        double learningRate = config.learningRate();
        if (!(learningRate > 0 && learningRate <= 10)) {
            throw new IllegalArgumentException(LogisticLearnerConfig.PID
                    + ": learningRate must be above 0 and at most 10, was " + learningRate);
        }
        double l2 = config.l2();
        if (!(l2 >= 0 && l2 <= 1)) {
            throw new IllegalArgumentException(LogisticLearnerConfig.PID + ": l2 must be in 0..1, was " + l2);
        }
        int minFeedback = config.minFeedback();
        if (minFeedback < 0 || minFeedback > 100_000) {
            throw new IllegalArgumentException(
                    LogisticLearnerConfig.PID + ": minFeedback must be in 0..100000, was " + minFeedback);
        }
        int saveEvery = config.saveEvery();
        if (saveEvery < 1 || saveEvery > 100_000) {
            throw new IllegalArgumentException(
                    LogisticLearnerConfig.PID + ": saveEvery must be in 1..100000, was " + saveEvery);
        }
        return new LogisticSettings(learningRate, l2, minFeedback, saveEvery);
    }
}
