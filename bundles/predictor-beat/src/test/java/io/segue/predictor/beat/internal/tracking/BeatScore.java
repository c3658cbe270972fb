package io.segue.predictor.beat.internal.tracking;

import java.util.Arrays;
import java.util.Locale;

/**
 * Predicted beats scored against the true beats: a prediction hits a true beat within {@value #TOLERANCE_SECONDS} s
 * of it, one to one (each true beat matches the nearest unused prediction); precision, recall and F over a window of
 * time; the settle time after a reference time.
 */
record BeatScore(double f, double precision, double recall, double meanErrorMillis, int predictions, int beats) {

    static final double TOLERANCE_SECONDS = 0.070;

    /** Consecutive true beats, all hit with no false beat among them, that count as settled. */
    static final int SETTLED_RUN = 8;

    /** The score of the predictions whose target, and the true beats that, lie in {@code [from, to)}. */
    static BeatScore over(double[] predicted, double[] truth, double from, double to) {
        double[] p = Arrays.stream(predicted).filter(x -> x >= from && x < to).sorted().toArray();
        double[] t = Arrays.stream(truth).filter(x -> x >= from && x < to).sorted().toArray();
        boolean[] used = new boolean[p.length];
        int hits = 0;
        double errorSum = 0;
        for (double beat : t) {
            int best = -1;
            for (int i = 0; i < p.length; i++) {
                if (!used[i] && Math.abs(p[i] - beat) <= TOLERANCE_SECONDS
                        && (best < 0 || Math.abs(p[i] - beat) < Math.abs(p[best] - beat))) {
                    best = i;
                }
            }
            if (best >= 0) {
                used[best] = true;
                hits++;
                errorSum += Math.abs(p[best] - beat);
            }
        }
        double precision = p.length == 0 ? 0 : (double) hits / p.length;
        double recall = t.length == 0 ? 0 : (double) hits / t.length;
        double f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BeatScore(f, precision, recall, hits == 0 ? Double.NaN : 1000 * errorSum / hits, p.length,
                t.length);
    }

    /**
     * Seconds from {@code reference} to the first true beat after it that starts a run of {@value #SETTLED_RUN}
     * true beats all hit, with no other prediction among them; infinite if none.
     */
    static double settleSeconds(double[] predicted, double[] truth, double reference) {
        double[] t = Arrays.stream(truth).filter(x -> x >= reference).sorted().toArray();
        for (int i = 0; i + SETTLED_RUN <= t.length; i++) {
            double from = t[i] - TOLERANCE_SECONDS;
            double to = t[i + SETTLED_RUN - 1] + TOLERANCE_SECONDS + 1e-9;
            BeatScore run = over(predicted, truth, from, to);
            if (run.beats() == SETTLED_RUN && run.f() == 1) {
                return t[i] - reference;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    String line() {
        return String.format(Locale.ROOT, "F %.3f  precision %.3f  recall %.3f  mean error %5.1f ms  (%d predicted, %d "
                + "true)", f, precision, recall, meanErrorMillis, predictions, beats);
    }
}
