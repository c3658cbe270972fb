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

    /**
     * How much the kick band's onset strength adds to an onset's weight in {@link #estimateNear}: the full band rates
     * an off-beat hat about as high as a kick (measured on the generated patterns: hats 0.3-0.8, kicks 0.2-0.95), the
     * kick band reads 0.4-0.5 for a kick, 0.1 for a snare, nothing for a hat. With the tempo known, a phase on the
     * off-beat hats is the likeliest error. (Not in {@link #estimate}: there a kick on the "and" of 3, as in drum and
     * bass, would pull the grid to the off-beats.)
     */
    public static final double KICK_WEIGHT = 2;

    /** Onsets in the window needed for an estimate near a known grid. */
    public static final int MIN_CUED_ONSETS = 3;

    /** How far a cued track may be pitched: the periods {@link #estimateNear} considers, as a ratio. */
    public static final double PITCH_RANGE = 0.08;

    /** The relative step between the periods {@link #estimateNear} considers. */
    public static final double PITCH_STEP = 0.004;

    /** Deviation of the prior on the pitch around a known grid's period (log ratio). */
    public static final double PITCH_SIGMA = 0.05;

    /** Deviation of the prior on the phase around the grid in force, in seconds. */
    public static final double PHASE_SIGMA_SECONDS = 0.2;

    private static final int CAPACITY = 128;

    private final double[] times = new double[CAPACITY];
    private final double[] strengths = new double[CAPACITY];
    private final double[] cuedWeights = new double[CAPACITY];
    private int head;
    private int count;
    private double periodSeconds = Double.NaN;
    private double anchorSeconds = Double.NaN;

    /** Takes an onset at stream time {@code seconds} with strength {@code strength} (not negative). */
    public void onset(double seconds, double strength) {
        onset(seconds, strength, 0);
    }

    /**
     * Takes an onset at stream time {@code seconds} with strength {@code strength} and kick-band strength
     * {@code lowStrength} (not negative; a negative or not finite one counts as 0).
     */
    public void onset(double seconds, double strength, double lowStrength) {
        if (!Double.isFinite(seconds) || !(strength >= 0) || Double.isInfinite(strength)) {
            return;
        }
        times[head] = seconds;
        strengths[head] = strength;
        cuedWeights[head] = strength + KICK_WEIGHT * (lowStrength >= 0 && Double.isFinite(lowStrength) ? lowStrength
                : 0);
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
        double span = span(nowSeconds, MIN_ONSETS, MIN_SPAN_SECONDS);
        if (Double.isNaN(span)) {
            return false;
        }
        double best = 0;
        for (double bpm = MIN_BPM; bpm <= MAX_BPM; bpm += BPM_STEP) {
            double octaves = Math.log(bpm / PRIOR_BPM) / Math.log(2) / PRIOR_OCTAVES;
            best = bestAnchor(nowSeconds, 60 / bpm, span, Math.exp(-0.5 * octaves * octaves), best, Double.NaN, 0,
                    strengths);
        }
        return !Double.isNaN(periodSeconds);
    }

    /**
     * Re-estimates the grid around a known one (a cued track's), from the onsets up to {@code nowSeconds} (at least
     * {@value #MIN_CUED_ONSETS}, spanning two periods): only periods within {@value #PITCH_RANGE} of
     * {@code priorPeriodSeconds} (a track pitched up or down), in relative steps of {@value #PITCH_STEP}, weighted by
     * {@code exp(-0.5 (ln(P / priorPeriod) / }{@value #PITCH_SIGMA}{@code )^2)}; each grid through an onset weighted by
     * {@code exp(-0.5 (d / }{@value #PHASE_SIGMA_SECONDS}{@code )^2)}, {@code d} being that onset's distance to the
     * reference grid (the one in force): the grid moves away from it only for clearly stronger onsets. Onsets weigh
     * their strength plus {@value #KICK_WEIGHT} times their kick-band strength, squared.
     *
     * @return whether there is a grid
     */
    public boolean estimateNear(double nowSeconds, double priorPeriodSeconds, double referenceAnchorSeconds,
            double referencePeriodSeconds) {
        periodSeconds = Double.NaN;
        anchorSeconds = Double.NaN;
        double span = span(nowSeconds, MIN_CUED_ONSETS, 2 * priorPeriodSeconds);
        if (Double.isNaN(span) || !(priorPeriodSeconds > 0) || !(referencePeriodSeconds > 0)) {
            return false;
        }
        double best = 0;
        int steps = (int) Math.round(PITCH_RANGE / PITCH_STEP);
        for (int i = -steps; i <= steps; i++) {
            double ratio = 1 + i * PITCH_STEP;
            double sigmas = Math.log(ratio) / PITCH_SIGMA;
            best = bestAnchor(nowSeconds, priorPeriodSeconds * ratio, span, Math.exp(-0.5 * sigmas * sigmas), best,
                    referenceAnchorSeconds, referencePeriodSeconds, cuedWeights);
        }
        return !Double.isNaN(periodSeconds);
    }

    /**
     * The length of the window over which the onsets up to {@code nowSeconds} are scored; NaN when it holds fewer than
     * {@code minOnsets} or they span less than {@code minSpanSeconds}.
     */
    private double span(double nowSeconds, int minOnsets, double minSpanSeconds) {
        int first = -1;
        int n = 0;
        for (int k = 0; k < count; k++) {
            int i = index(k);
            if (times[i] >= nowSeconds - WINDOW_SECONDS && times[i] <= nowSeconds) {
                first = first < 0 ? i : first;
                n++;
            }
        }
        if (n < minOnsets) {
            return Double.NaN;
        }
        double newest = times[index(count - 1)];
        if (newest - times[first] < minSpanSeconds) {
            return Double.NaN;
        }
        return nowSeconds - Math.max(times[first], nowSeconds - WINDOW_SECONDS);
    }

    /**
     * Scores the grids of {@code period} through each onset of the window and keeps the best if it beats
     * {@code best}; with a reference grid ({@code referencePeriod > 0}) each is weighted by its distance to it.
     *
     * @return the best score so far
     */
    private double bestAnchor(double nowSeconds, double period, double span, double prior, double best,
            double referenceAnchor, double referencePeriod, double[] weights) {
        double result = best;
        for (int a = 0; a < count; a++) {
            int ia = index(a);
            if (times[ia] < nowSeconds - WINDOW_SECONDS) {
                continue;
            }
            double weight = prior;
            if (referencePeriod > 0) {
                double d = distanceToGrid(times[ia], referenceAnchor, referencePeriod) / PHASE_SIGMA_SECONDS;
                weight *= Math.exp(-0.5 * d * d);
            }
            double met = 0;
            for (int b = 0; b < count; b++) {
                int ib = index(b);
                if (times[ib] < nowSeconds - WINDOW_SECONDS) {
                    continue;
                }
                double d = distanceToGrid(times[ib], times[ia], period);
                met += weights[ib] * weights[ib] * Math.exp(-0.5 * d * d / (SIGMA_SECONDS * SIGMA_SECONDS));
            }
            double score = weight * met / (span / period);
            if (score > result) {
                result = score;
                periodSeconds = period;
                anchorSeconds = times[ia];
            }
        }
        return result;
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

    /** Forgets the onsets before {@code seconds} (those of another track). */
    public void forgetBefore(double seconds) {
        while (count > 0 && !(times[index(0)] >= seconds)) {
            count--;
        }
        periodSeconds = Double.NaN;
        anchorSeconds = Double.NaN;
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
