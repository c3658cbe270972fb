package io.segue.predictor.beat.internal.tracking;

/**
 * A quick first beat grid from onset events alone, for the seconds before a tempo estimate over a longer window is
 * available. Plain Java, no allocation after construction; one caller at a time.
 *
 * <p>Over the onsets of the last {@value #WINDOW_SECONDS} s (time {@code t_j}, strength {@code s_j}), every
 * candidate tempo from {@value #MIN_BPM} to {@value #MAX_BPM} BPM in steps of {@value #BPM_STEP} (period {@code P})
 * and every grid through one of the onsets is scored by the squared strength of the onsets it meets per grid line:
 * {@code sum_j s_j^2 exp(-d_j^2 / 2 sigma^2) / (span / P)}, {@code d_j} being onset {@code j}'s distance to the grid,
 * {@code sigma = }{@value #SIGMA_SECONDS} s, {@code span} the window's length. Squared, so that the loudest onsets
 * (kick with snare) outweigh many hats: the onset strength, over the whole band, rates an off-beat hat above a lone
 * kick. Per grid line, not in total: a grid
 * twice as fast meets every onset the slower one meets, but has twice the lines, so on a click track the clicks' own
 * rate wins. A prior on the tempo, Gaussian in octaves around {@value #PRIOR_BPM} BPM with a deviation of
 * {@value #PRIOR_OCTAVES} octave, weighs between the metrical levels of a dense pattern. The best grid's onsets are
 * the beats it reports.
 */
public final class OnsetGrid {

    public static final double WINDOW_SECONDS = 4;
    public static final double MIN_BPM = 70;
    public static final double MAX_BPM = 180;
    public static final double BPM_STEP = 0.5;
    public static final double SIGMA_SECONDS = 0.02;
    public static final double PRIOR_BPM = 120;
    public static final double PRIOR_OCTAVES = 1.0;

    /** Onsets in the window needed for an estimate. */
    public static final int MIN_ONSETS = 4;

    /** Seconds from the first onset to the newest needed for an estimate: two beats at the slowest tempo. */
    public static final double MIN_SPAN_SECONDS = 2 * 60 / MIN_BPM;

    private static final int CAPACITY = 128;

    private final double[] times = new double[CAPACITY];
    private final double[] strengths = new double[CAPACITY];
    private int head;
    private int count;
    private double periodSeconds = Double.NaN;
    private double anchorSeconds = Double.NaN;

    /** Takes an onset at stream time {@code seconds} with strength {@code strength} (not negative). */
    public void onset(double seconds, double strength) {
        if (!Double.isFinite(seconds) || !(strength >= 0) || Double.isInfinite(strength)) {
            return;
        }
        times[head] = seconds;
        strengths[head] = strength;
        head = (head + 1) % CAPACITY;
        count = Math.min(count + 1, CAPACITY);
    }

    /**
     * Re-estimates the grid from the onsets up to {@code nowSeconds}.
     *
     * @return whether there is a grid
     */
    public boolean estimate(double nowSeconds) {
        periodSeconds = Double.NaN;
        anchorSeconds = Double.NaN;
        int first = -1;
        int n = 0;
        for (int k = 0; k < count; k++) {
            int i = index(k);
            if (times[i] >= nowSeconds - WINDOW_SECONDS && times[i] <= nowSeconds) {
                first = first < 0 ? i : first;
                n++;
            }
        }
        if (n < MIN_ONSETS) {
            return false;
        }
        double span = nowSeconds - Math.max(times[first], nowSeconds - WINDOW_SECONDS);
        double newest = times[index(count - 1)];
        if (newest - times[first] < MIN_SPAN_SECONDS) {
            return false;
        }
        double best = 0;
        for (double bpm = MIN_BPM; bpm <= MAX_BPM; bpm += BPM_STEP) {
            double period = 60 / bpm;
            double octaves = Math.log(bpm / PRIOR_BPM) / Math.log(2) / PRIOR_OCTAVES;
            double prior = Math.exp(-0.5 * octaves * octaves);
            for (int a = 0; a < count; a++) {
                int ia = index(a);
                if (times[ia] < nowSeconds - WINDOW_SECONDS) {
                    continue;
                }
                double met = 0;
                for (int b = 0; b < count; b++) {
                    int ib = index(b);
                    if (times[ib] < nowSeconds - WINDOW_SECONDS) {
                        continue;
                    }
                    double d = distanceToGrid(times[ib], times[ia], period);
                    met += strengths[ib] * strengths[ib] * Math.exp(-0.5 * d * d / (SIGMA_SECONDS * SIGMA_SECONDS));
                }
                double score = prior * met / (span / period);
                if (score > best) {
                    best = score;
                    periodSeconds = period;
                    anchorSeconds = times[ia];
                }
            }
        }
        return !Double.isNaN(periodSeconds);
    }

    /** The estimated period in seconds, NaN when none. */
    public double periodSeconds() {
        return periodSeconds;
    }

    /** Whether the onset at {@code seconds} lies on the estimated grid (within two sigma); false when none. */
    public boolean onGrid(double seconds) {
        return !Double.isNaN(periodSeconds)
                && distanceToGrid(seconds, anchorSeconds, periodSeconds) <= 2 * SIGMA_SECONDS;
    }

    /** Forgets every onset. */
    public void reset() {
        head = 0;
        count = 0;
        periodSeconds = Double.NaN;
        anchorSeconds = Double.NaN;
    }

    private int index(int k) {
        return (head - count + k + CAPACITY) % CAPACITY;
    }

    private static double distanceToGrid(double t, double anchor, double period) {
        double x = (t - anchor) / period;
        return Math.abs(x - Math.round(x)) * period;
    }
}
