package io.segue.predictor.sections.internal.tracker;

import java.util.Arrays;

/**
 * The beat grid of the recent beats: a period and a phase fitted by least squares to the last {@value #CAPACITY}
 * beat times, so that bars can be counted a minute ahead without the drift a single tempo reading would bring
 * (a 0.5 % tempo error is a beat in 200 beats). Beats more than a fifth of a period off the first fit are left out
 * of the second. Plain Java; not thread-safe.
 */
final class BeatGrid {

    /** How many recent beats are fitted. */
    static final int CAPACITY = 32;
    /** Fewer beats than this make no grid. */
    static final int MIN_BEATS = 8;

    /** A fitted grid: beat {@code n} falls at {@code originSeconds + n * periodSeconds}. */
    record Fit(double originSeconds, double periodSeconds) {

        /** The grid's beat nearest to {@code seconds}. */
        double nearestBeat(double seconds) {
            return originSeconds + Math.rint((seconds - originSeconds) / periodSeconds) * periodSeconds;
        }
    }

    private final double[] beats = new double[CAPACITY];
    private int count;
    private int next;

    void add(double beatSeconds) {
        beats[next] = beatSeconds;
        next = (next + 1) % CAPACITY;
        count = Math.min(count + 1, CAPACITY);
    }

    void clear() {
        count = 0;
        next = 0;
        Arrays.fill(beats, 0);
    }

    /**
     * The grid of the beats added, numbered from the last one with {@code periodGuessSeconds} (the tempo's reading),
     * or null with fewer than {@link #MIN_BEATS} beats that fit.
     */
    Fit fit(double periodGuessSeconds) {
        if (count < MIN_BEATS || !(periodGuessSeconds > 0)) {
            return null;
        }
        double last = beats[(next - 1 + CAPACITY) % CAPACITY];
        Fit first = leastSquares(last, periodGuessSeconds, null);
        return first == null ? null : leastSquares(last, periodGuessSeconds, first);
    }

    /** Fits {@code time = origin + n * period}, {@code n} the beat's number from {@code last}; keeps close ones. */
    private Fit leastSquares(double last, double periodGuess, Fit previous) {
        double sn = 0;
        double st = 0;
        double snn = 0;
        double snt = 0;
        int used = 0;
        for (int i = 0; i < count; i++) {
            double time = beats[i];
            double n = Math.rint((time - last) / periodGuess);
            if (previous != null && Math.abs(time - (previous.originSeconds + n * previous.periodSeconds))
                    > 0.2 * previous.periodSeconds) {
                continue;
            }
            sn += n;
            st += time;
            snn += n * n;
            snt += n * time;
            used++;
        }
        double denominator = used * snn - sn * sn;
        if (used < MIN_BEATS || denominator <= 0) {
            return null;
        }
        double period = (used * snt - sn * st) / denominator;
        double origin = (st - period * sn) / used;
        return period > 0 ? new Fit(origin, period) : null;
    }
}
