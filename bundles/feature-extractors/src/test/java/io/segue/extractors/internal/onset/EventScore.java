package io.segue.extractors.internal.onset;

/**
 * Precision, recall and F-measure of detected event times against the truth, as {@code mir_eval.onset.f_measure}:
 * each true event matches at most one detection within the tolerance, greedily nearest first in time order.
 */
public record EventScore(int truths, int detections, int matches, double meanAbsErrorSeconds) {

    /** Scores {@code detected} against {@code truth} (both sorted, seconds) within {@code toleranceSeconds}. */
    public static EventScore of(double[] truth, double[] detected, double toleranceSeconds) {
        boolean[] used = new boolean[detected.length];
        int matches = 0;
        double error = 0;
        for (double t : truth) {
            int best = -1;
            double bestError = toleranceSeconds;
            for (int i = 0; i < detected.length; i++) {
                double e = Math.abs(detected[i] - t);
                if (!used[i] && e <= bestError) {
                    bestError = e;
                    best = i;
                }
            }
            if (best >= 0) {
                used[best] = true;
                matches++;
                error += bestError;
            }
        }
        return new EventScore(truth.length, detected.length, matches, matches == 0 ? Double.NaN : error / matches);
    }

    /** Adds the counts of another score (errors weighted by matches). */
    public EventScore plus(EventScore other) {
        int m = matches + other.matches;
        double e = m == 0 ? Double.NaN
                : ((matches == 0 ? 0 : meanAbsErrorSeconds * matches)
                        + (other.matches == 0 ? 0 : other.meanAbsErrorSeconds * other.matches)) / m;
        return new EventScore(truths + other.truths, detections + other.detections, m, e);
    }

    public double precision() {
        return detections == 0 ? 0 : (double) matches / detections;
    }

    public double recall() {
        return truths == 0 ? 0 : (double) matches / truths;
    }

    public double f() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "F=%.3f P=%.3f R=%.3f MAE=%.1f ms (%d true, %d detected)", f(),
                precision(), recall(), 1000 * meanAbsErrorSeconds, truths, detections);
    }

    /** The events of {@code times} in {@code [from, to)}. */
    public static double[] between(double[] times, double from, double to) {
        return java.util.Arrays.stream(times).filter(t -> t >= from && t < to).toArray();
    }
}
