package io.segue.predictor.harmony.internal.progression;

import io.segue.predictor.harmony.internal.chord.Chords;
import java.util.Arrays;

/**
 * The probable next chords: a semi-Markov chain over chords relative to the key, which starts from common-practice
 * habits and learns the stream's own progression.
 *
 * <p>Two parts, each a table of counts (priors plus what the stream showed):
 * <ul>
 * <li><b>changes</b>: for major and for minor keys, how often chord {@code a} moved to chord {@code b} (both relative
 * to the tonic, {@link Chords#relative}), self-moves excluded. Priors: a floor of {@value #FLOOR} everywhere and the
 * usual moves of tonal harmony (V→I, IV→V, ii→V, vi→IV, i→iv, VI→VII, …) at 1..4; each observed change adds
 * {@code adaptationWeight}.</li>
 * <li><b>durations</b>: how many beats a chord lasts, 1..{@value #MAX_RUN} (longer runs count as
 * {@value #MAX_RUN}). Priors: 4 beats (a bar) 3, 2 and 8 beats 1 each, every length {@value #FLOOR}; each ended run
 * adds {@code adaptationWeight}. The chance that a chord that has lasted {@code r} beats changes on the next beat is
 * the hazard {@code h(r) = n(r) / sum of n(s) for s >= r}.</li>
 * </ul>
 * {@link #forecast} runs the chain forward from the current chord and its age, beat by beat, and returns the
 * distribution of the chord {@code steps} beats ahead. Allocates nothing after construction.
 */
public final class ProgressionModel {

    /** Runs longer than this many beats count as this long. */
    public static final int MAX_RUN = 16;

    static final double FLOOR = 0.02;

    /** A chord that has lasted {@value #MAX_RUN} beats or more changes on the next beat with this chance. */
    static final double LONG_RUN_HAZARD = 0.25;

    private final double adaptationWeight;
    /** [mode: 0 major, 1 minor][from][to], relative chords. */
    private final double[][][] changes = new double[2][Chords.COUNT][Chords.COUNT];
    /** durations[r]: runs of r beats, 1..MAX_RUN. */
    private final double[] durations = new double[MAX_RUN + 1];
    private final double[] hazard = new double[MAX_RUN + 1];
    private double[][] state = new double[Chords.COUNT][MAX_RUN + 1];
    private double[][] next = new double[Chords.COUNT][MAX_RUN + 1];
    private final double[] rowTotals = new double[Chords.COUNT];

    /**
     * @param adaptationWeight what one observed change or run adds to the counts, against priors of 1..4
     */
    public ProgressionModel(double adaptationWeight) {
        this.adaptationWeight = adaptationWeight;
        reset();
    }

    /** Back to the priors. */
    public void reset() {
        for (double[][] mode : changes) {
            for (double[] row : mode) {
                Arrays.fill(row, FLOOR);
            }
        }
        double[][] major = changes[0];
        prior(major, 0, false, 5, false, 3);
        prior(major, 0, false, 7, false, 3);
        prior(major, 0, false, 9, true, 2);
        prior(major, 0, false, 2, true, 1);
        prior(major, 5, false, 7, false, 3);
        prior(major, 5, false, 0, false, 2);
        prior(major, 5, false, 2, true, 1);
        prior(major, 7, false, 0, false, 4);
        prior(major, 7, false, 9, true, 2);
        prior(major, 9, true, 5, false, 3);
        prior(major, 9, true, 2, true, 2);
        prior(major, 9, true, 7, false, 1);
        prior(major, 2, true, 7, false, 4);
        prior(major, 4, true, 9, true, 2);
        prior(major, 4, true, 5, false, 1);
        double[][] minor = changes[1];
        prior(minor, 0, true, 5, true, 2);
        prior(minor, 0, true, 8, false, 2);
        prior(minor, 0, true, 7, false, 2);
        prior(minor, 0, true, 10, false, 1);
        prior(minor, 5, true, 7, false, 3);
        prior(minor, 5, true, 0, true, 2);
        prior(minor, 7, false, 0, true, 4);
        prior(minor, 7, true, 0, true, 2);
        prior(minor, 8, false, 10, false, 2);
        prior(minor, 8, false, 3, false, 2);
        prior(minor, 8, false, 5, true, 1);
        prior(minor, 3, false, 10, false, 2);
        prior(minor, 3, false, 8, false, 1);
        prior(minor, 10, false, 0, true, 2);
        prior(minor, 10, false, 3, false, 2);
        Arrays.fill(durations, FLOOR);
        durations[0] = 0;
        durations[4] += 3;
        durations[2] += 1;
        durations[8] += 1;
        updateHazard();
    }

    /** The stream moved from {@code from} to {@code to} (absolute chords, different) in key {@code key}. */
    public void observeChange(int key, int from, int to) {
        int tonic = tonicOf(key);
        changes[modeOf(key)][Chords.relative(from, tonic)][Chords.relative(to, tonic)] += adaptationWeight;
    }

    /** A chord lasted {@code beats} beats. */
    public void observeRun(int beats) {
        durations[Math.max(1, Math.min(MAX_RUN, beats))] += adaptationWeight;
        updateHazard();
    }

    /**
     * The distribution of the chord {@code steps} beats after a beat of {@code chord}, which had then lasted
     * {@code runBeats} beats, in key {@code key} (-1: unknown, read as C major).
     *
     * @param out receives 24 probabilities (absolute chords)
     */
    public void forecast(int key, int chord, int runBeats, int steps, double[] out) {
        int tonic = tonicOf(key);
        double[][] table = changes[modeOf(key)];
        for (int from = 0; from < Chords.COUNT; from++) {
            double total = 0;
            for (int to = 0; to < Chords.COUNT; to++) {
                total += to == from ? 0 : table[from][to];
            }
            rowTotals[from] = total;
        }
        for (double[] row : state) {
            Arrays.fill(row, 0);
        }
        state[Chords.relative(chord, tonic)][Math.max(1, Math.min(MAX_RUN, runBeats))] = 1;
        for (int s = 0; s < steps; s++) {
            for (double[] row : next) {
                Arrays.fill(row, 0);
            }
            for (int c = 0; c < Chords.COUNT; c++) {
                for (int r = 1; r <= MAX_RUN; r++) {
                    double p = state[c][r];
                    if (p == 0) {
                        continue;
                    }
                    double change = p * hazard[r];
                    next[c][Math.min(MAX_RUN, r + 1)] += p - change;
                    for (int to = 0; to < Chords.COUNT; to++) {
                        if (to != c) {
                            next[to][1] += change * table[c][to] / rowTotals[c];
                        }
                    }
                }
            }
            double[][] swap = state;
            state = next;
            next = swap;
        }
        for (int c = 0; c < Chords.COUNT; c++) {
            double p = 0;
            for (int r = 1; r <= MAX_RUN; r++) {
                p += state[c][r];
            }
            out[Chords.absolute(c, tonic)] = p;
        }
    }

    private void updateHazard() {
        double remaining = 0;
        for (int r = MAX_RUN; r >= 1; r--) {
            remaining += durations[r];
            hazard[r] = durations[r] / remaining;
        }
        hazard[MAX_RUN] = LONG_RUN_HAZARD;
    }

    private static void prior(double[][] table, int fromRoot, boolean fromMinor, int toRoot, boolean toMinor,
            double count) {
        table[Chords.of(fromRoot, fromMinor)][Chords.of(toRoot, toMinor)] += count;
    }

    private static int tonicOf(int key) {
        return key < 0 ? 0 : key % 12;
    }

    private static int modeOf(int key) {
        return key >= 12 ? 1 : 0;
    }
}
