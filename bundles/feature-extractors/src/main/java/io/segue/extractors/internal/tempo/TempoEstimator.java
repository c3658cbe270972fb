package io.segue.extractors.internal.tempo;

import io.segue.extractors.internal.Clamp;
import java.util.Arrays;

/**
 * Tempo of an onset strength envelope: of its last {@code windowSeconds} (the current tempo) and of everything since
 * construction or {@link #reset()} (the "so far" tempo). Plain Java, allocation-free after construction, bounded
 * state. Feed it one frame at a time with {@link #push} and call {@link #update()} every few frames.
 *
 * <h2>Tempogram</h2>
 * Two envelopes are kept: the full-band onset strength and its low band (kick and snare; see
 * {@link io.segue.extractors.internal.onset.OnsetStrength}), each smoothed by a moving average over
 * {@value #SMOOTHING_SECONDS} s (so that a few milliseconds of timing jitter do not break the correlation of peaks one
 * frame wide). Each update takes their last {@code W = windowSeconds * framesPerSecond} values, removes each one's
 * mean and computes its normalized autocorrelation {@code r(l) = (sum x[i] x[i+l] / (W - l)) / (sum x[i]^2 / W)} for
 * lags {@code l} up to {@code 0.7 W} (linear interpolation between whole lags). The <b>salience</b> of a tempo
 * {@code b} BPM, with beat period {@code L = 60 * framesPerSecond / b} frames, is the comb
 * {@code S(b) = mean over k = 1..4 of r(k L)} (the terms within the lag range): how well the envelope repeats after
 * one, two, three and four beats. The <b>half-beat support</b> {@code H(b)} of the low band is how well it has hits
 * on both halves of the beat: the low-band window, less its mean and clipped at 0, folded at period {@code L} into
 * {@code n = round(L)} phase bins {@code C}, gives {@code H = max over p of min(C[p], C[p + n/2 (+-1 bin)]) / max C}.
 * The "so far" estimate uses the mean of {@code r} and of {@code H} over the <b>periodic windows</b>: the updates whose
 * window was full, passed the evidence floor and had a tempo (the salience gate below). Windows of noise, pads or
 * silence say nothing about the tempo and are left out, so a long beatless intro does not dilute the drums after it.
 *
 * <h2>Choosing the tempo: the octave rule</h2>
 * A beat period and its multiples all repeat, so {@code S} alone cannot tell 70 from 140 BPM. The rule, within the
 * configured range {@code minBpm .. maxBpm} (every candidate moved to the local maximum of {@code S_full + S_low}
 * within 3 %):
 * <ol>
 * <li><b>strongest periodicity</b>: {@code b*} = the argmax of the full-band {@code S} (0.5 % grid);</li>
 * <li><b>ternary level</b>: among {@code b* x {1/3, 2/3, 1, 3/2, 3}}, the fastest whose low-band salience is at least
 * {@value #TERNARY_SHARE} of the best of them (a level two thirds of the beat repeats only every other time);</li>
 * <li><b>binary level, carried by the low band</b>: halve while the half is in range; then double while the double
 * is in range and the low band has kick or snare on both halves of the beat, {@code H >= }
 * {@value #HALF_BEAT_SUPPORT}. A kick or snare on every beat (clicks, house, drum and bass: kick and snare
 * alternate) doubles up to the beat; hats alone never promote a tempo, because they barely reach the low band
 * (boom-bap at 80 BPM with sixteenth hats stays at 80, not 160; measured H: boom-bap &le; 0.25, drum and bass
 * &ge; 0.52, four-on-the-floor &ge; 0.6);</li>
 * <li><b>hats are at most sixteenth notes</b>: if the full band repeats at an eighth of the chosen beat and not at
 * three sixteenths, {@code r(L/8) - r(3L/16) >= }{@value #TATUM_CORRELATION}, the hats would be steady
 * thirty-second notes, which dance music does not play; the beat is doubled, if the double is in range. This puts
 * half-time (dubstep, trap) with sixteenth hats at 140-150 rather than at the 70-75 its kick and snare suggest.</li>
 * </ol>
 * Known limit, by construction: half-time with only eighth-note hats is the same signal as hip-hop at half its tempo
 * with sixteenth hats, and is reported at the half tempo. Only binary and ternary relatives of {@code b*} are
 * considered.
 *
 * <h2>No tempo</h2>
 * {@link #bpm()} is NaN and {@link #confidence()} 0 when any of these holds: fewer than {@code W} frames since
 * construction, {@link #reset()} or {@link #clearWindow()}; the window's mean onset strength is below
 * {@value #STRENGTH_FLOOR} (silence, dither); or the best salience {@code S(b*)} is below {@value #SALIENCE_GATE}
 * (noise, whose envelope does not repeat). {@link #fileBpm()} is NaN and {@link #fileConfidence()} 0 while fewer than
 * {@value #MIN_PERIODIC_WINDOWS} windows were periodic, or fewer than {@value #MIN_PERIODIC_SHARE} of the windows with
 * evidence, or when the mean tempogram fails the salience gate (periodic windows at unrelated tempos).
 *
 * <h2>Confidence</h2>
 * {@link #confidence()} is {@code S} of the chosen tempo, clamped to 0..1: the mean correlation of the full-band
 * onset envelope with itself one to four beats later. 1 = a strictly periodic pattern; noise reads near 0.
 * {@link #fileConfidence()} is {@code S} of the so-far tempo over the mean tempogram of the periodic windows, clamped to
 * 0..1, times {@link #periodicShare()}, the share of the windows with evidence that were periodic: how strong the pulse
 * is where there is one, times how much of the stream has one (a track that is half ambient intro reads half).
 */
public final class TempoEstimator {

    /** The smallest mean onset strength over the window that counts as evidence. */
    public static final double STRENGTH_FLOOR = 0.002;

    /** The smallest salience of the strongest periodicity for a tempo to be reported. */
    public static final double SALIENCE_GATE = 0.3;

    /** The low band's half-beat support above which the beat is doubled (see the class comment). */
    public static final double HALF_BEAT_SUPPORT = 0.4;

    /** The full-band contrast {@code r(L/8) - r(3L/16)} above which the beat is doubled. */
    public static final double TATUM_CORRELATION = 0.15;

    /** Among the ternary relatives, the fastest with at least this share of the best low-band salience is taken. */
    public static final double TERNARY_SHARE = 0.8;

    /** Span of the moving average over the envelopes before the autocorrelation, in seconds. */
    public static final double SMOOTHING_SECONDS = 0.035;

    /** Periodic windows needed before there is a "so far" tempo. */
    public static final int MIN_PERIODIC_WINDOWS = 5;

    /** The share of the windows with evidence that must be periodic for a "so far" tempo. */
    public static final double MIN_PERIODIC_SHARE = 0.1;

    private static final double[] TERNARY = {1.0 / 3, 2.0 / 3, 1, 1.5, 3};
    private static final double GRID_STEP = 1.005;
    private static final double REFINE_SPAN = 0.03;
    private static final double REFINE_STEP = 0.0025;

    private final double framesPerSecond;
    private final double minBpm;
    private final double maxBpm;
    private final int windowFrames;
    private final int maxLag;
    private final double[] full;
    private final double[] low;
    private final double[] centred;
    private final double[] acFull;
    private final double[] acLow;
    private final double[] fileFull;
    private final double[] fileLow;
    private final double[] recentFull;
    private final double[] recentLow;
    private final double[] grid;
    private final double[] windowHalf;
    private final double[] fileHalf;
    private final double[] fold;
    private long pushed;
    private int fill;
    private long evidenceWindows;
    private long periodicWindows;
    private double bpm = Double.NaN;
    private double confidence;
    private double fileBpm = Double.NaN;
    private double fileConfidence;
    private double chosenBpm;
    private double chosenConfidence;

    /**
     * @param framesPerSecond envelope frames per second ({@code sampleRateHz / hopSize})
     * @param minBpm          the slowest tempo reported
     * @param maxBpm          the fastest tempo reported
     * @param windowSeconds   the span of the current estimate; at least two beats at {@code minBpm} must fit in 70 %
     *                        of it
     * @throws IllegalArgumentException when the range or the window do not make sense
     */
    public TempoEstimator(double framesPerSecond, double minBpm, double maxBpm, double windowSeconds) {
        if (!(framesPerSecond > 0)) {
            throw new IllegalArgumentException("framesPerSecond must be positive, was " + framesPerSecond);
        }
        if (!(minBpm > 0 && minBpm < maxBpm)) {
            throw new IllegalArgumentException("need 0 < minBpm < maxBpm, was " + minBpm + " .. " + maxBpm);
        }
        if (!(0.7 * windowSeconds >= 2 * 60 / minBpm)) {
            throw new IllegalArgumentException("windowSeconds must be at least " + Math.ceil(2 * 60 / minBpm / 0.7)
                    + " for minBpm " + minBpm + " (two slowest beats in 70 % of it), was " + windowSeconds);
        }
        if (60 * framesPerSecond / maxBpm < 2) {
            throw new IllegalArgumentException("maxBpm " + maxBpm + " needs a beat of at least two frames; at "
                    + framesPerSecond + " frames per second it can be at most " + 30 * framesPerSecond);
        }
        this.framesPerSecond = framesPerSecond;
        this.minBpm = minBpm;
        this.maxBpm = maxBpm;
        this.windowFrames = (int) Math.round(windowSeconds * framesPerSecond);
        this.maxLag = (int) Math.floor(0.7 * windowFrames);
        this.full = new double[windowFrames];
        this.low = new double[windowFrames];
        this.centred = new double[windowFrames];
        this.acFull = new double[maxLag + 2];
        this.acLow = new double[maxLag + 2];
        this.fileFull = new double[maxLag + 2];
        this.fileLow = new double[maxLag + 2];
        int smoothing = (int) Math.max(1, Math.round(SMOOTHING_SECONDS * framesPerSecond));
        this.recentFull = new double[smoothing];
        this.recentLow = new double[smoothing];
        int points = (int) Math.floor(Math.log(maxBpm / minBpm) / Math.log(GRID_STEP)) + 1;
        this.grid = new double[points];
        for (int j = 0; j < points; j++) {
            grid[j] = minBpm * Math.pow(GRID_STEP, j);
        }
        this.windowHalf = new double[points];
        this.fileHalf = new double[points];
        this.fold = new double[(int) Math.ceil(maxPeriodFrames()) + 2];
    }

    /** Takes the next frame's full-band and low-band onset strengths. */
    public void push(double strength, double lowStrength) {
        int m = recentFull.length;
        recentFull[(int) (pushed % m)] = strength;
        recentLow[(int) (pushed % m)] = lowStrength;
        double sumFull = 0;
        double sumLow = 0;
        for (int k = 0; k < m; k++) {
            sumFull += recentFull[k];
            sumLow += recentLow[k];
        }
        int i = (int) (pushed % windowFrames);
        full[i] = sumFull / m;
        low[i] = sumLow / m;
        pushed++;
        fill = Math.min(fill + 1, windowFrames);
    }

    /**
     * Re-estimates the current tempo from the window and, when the window has a tempo, adds its tempogram to the "so
     * far" one; re-estimates the "so far" tempo.
     */
    public void update() {
        bpm = Double.NaN;
        confidence = 0;
        if (fill < windowFrames || meanStrength() < STRENGTH_FLOOR) {
            return;
        }
        autocorrelate(full, acFull);
        autocorrelate(low, acLow);
        double lowMean = 0;
        for (double v : low) {
            lowMean += v;
        }
        lowMean /= windowFrames;
        for (int j = 0; j < grid.length; j++) {
            windowHalf[j] = halfBeatSupport(60 * framesPerSecond / grid[j], lowMean);
        }
        evidenceWindows++;
        if (choose(acFull, acLow, windowHalf, 1.0)) {
            bpm = chosenBpm;
            confidence = chosenConfidence;
            for (int l = 0; l < acFull.length; l++) {
                fileFull[l] += acFull[l];
                fileLow[l] += acLow[l];
            }
            for (int j = 0; j < grid.length; j++) {
                fileHalf[j] += windowHalf[j];
            }
            periodicWindows++;
        }
        fileBpm = Double.NaN;
        fileConfidence = 0;
        if (periodicWindows >= MIN_PERIODIC_WINDOWS && periodicShare() >= MIN_PERIODIC_SHARE
                && choose(fileFull, fileLow, fileHalf, 1.0 / periodicWindows)) {
            fileBpm = chosenBpm;
            fileConfidence = chosenConfidence * periodicShare();
        }
    }

    /** The current tempo in BPM, NaN when none (see the class comment). */
    public double bpm() {
        return bpm;
    }

    /** The current tempo's beat period in frames, NaN when none. */
    public double periodFrames() {
        return 60 * framesPerSecond / bpm;
    }

    /** The current tempo's confidence, 0..1, 0 when none. */
    public double confidence() {
        return confidence;
    }

    /** The tempo of everything so far in BPM, NaN when none. */
    public double fileBpm() {
        return fileBpm;
    }

    /** The confidence of {@link #fileBpm()}, 0..1, 0 when none (see the class comment). */
    public double fileConfidence() {
        return fileConfidence;
    }

    /** The share of the windows with evidence (full, above the strength floor) that had a tempo, 0 before any. */
    public double periodicShare() {
        return evidenceWindows == 0 ? 0 : (double) periodicWindows / evidenceWindows;
    }

    /** The beat period in frames of the slowest tempo, {@code 60 * framesPerSecond / minBpm}. */
    public double maxPeriodFrames() {
        return 60 * framesPerSecond / minBpm;
    }

    /**
     * Forgets the window and the current tempo but keeps the "so far" tempogram: for a gap in the stream, after which
     * the envelope does not continue the window's.
     */
    public void clearWindow() {
        Arrays.fill(recentFull, 0);
        Arrays.fill(recentLow, 0);
        Arrays.fill(full, 0);
        Arrays.fill(low, 0);
        pushed = 0;
        fill = 0;
        bpm = Double.NaN;
        confidence = 0;
    }

    /** Forgets everything, as if just constructed. */
    public void reset() {
        clearWindow();
        Arrays.fill(fileFull, 0);
        Arrays.fill(fileLow, 0);
        Arrays.fill(fileHalf, 0);
        evidenceWindows = 0;
        periodicWindows = 0;
        fileBpm = Double.NaN;
        fileConfidence = 0;
    }

    private double meanStrength() {
        double sum = 0;
        for (double v : full) {
            sum += v;
        }
        return sum / windowFrames;
    }

    private void autocorrelate(double[] ring, double[] out) {
        int n = windowFrames;
        int oldest = (int) (pushed % n);
        System.arraycopy(ring, oldest, centred, 0, n - oldest);
        System.arraycopy(ring, 0, centred, n - oldest, oldest);
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += centred[i];
        }
        mean /= n;
        for (int i = 0; i < n; i++) {
            centred[i] -= mean;
        }
        for (int l = 0; l < out.length; l++) {
            // four partial sums: one running sum would wait on every addition (most of the tempo's cost)
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int i = 0;
            for (; i + 3 + l < n; i += 4) {
                s0 += centred[i] * centred[i + l];
                s1 += centred[i + 1] * centred[i + 1 + l];
                s2 += centred[i + 2] * centred[i + 2 + l];
                s3 += centred[i + 3] * centred[i + 3 + l];
            }
            for (; i + l < n; i++) {
                s0 += centred[i] * centred[i + l];
            }
            out[l] = ((s0 + s1) + (s2 + s3)) / (n - l);
        }
        double zero = out[0];
        for (int l = 0; l < out.length; l++) {
            out[l] = zero > 0 ? out[l] / zero : 0;
        }
    }

    /**
     * Applies the octave rule to the tempogram {@code scale * ac} and the half-beat supports {@code scale * half} (on
     * the grid); sets chosenBpm and chosenConfidence.
     */
    private boolean choose(double[] acF, double[] acL, double[] half, double scale) {
        int bestIndex = 0;
        for (int j = 1; j < grid.length; j++) {
            if (salience(acF, grid[j]) > salience(acF, grid[bestIndex])) {
                bestIndex = j;
            }
        }
        if (!(salience(acF, grid[bestIndex]) * scale >= SALIENCE_GATE)) {
            return false;
        }
        double best = grid[bestIndex];
        double maxLow = Double.NEGATIVE_INFINITY;
        for (double r : TERNARY) {
            double c = best * r;
            if (c >= minBpm * (1 - REFINE_SPAN) && c <= maxBpm * (1 + REFINE_SPAN)) {
                maxLow = Math.max(maxLow, salience(acL, refine(acF, acL, c)));
            }
        }
        double chosen = best;
        for (double r : TERNARY) {
            double c = best * r;
            if (c >= minBpm * (1 - REFINE_SPAN) && c <= maxBpm * (1 + REFINE_SPAN)) {
                c = refine(acF, acL, c);
                if (salience(acL, c) >= TERNARY_SHARE * maxLow) {
                    chosen = c;
                }
            }
        }
        while (chosen / 2 >= minBpm * (1 - REFINE_SPAN)) {
            chosen = refine(acF, acL, chosen / 2);
        }
        while (2 * chosen <= maxBpm * (1 + REFINE_SPAN) && half[nearest(chosen)] * scale >= HALF_BEAT_SUPPORT) {
            chosen = refine(acF, acL, 2 * chosen);
        }
        double period = 60 * framesPerSecond / chosen;
        if (2 * chosen <= maxBpm * (1 + REFINE_SPAN) && tatum(acF, period) * scale >= TATUM_CORRELATION) {
            chosen = refine(acF, acL, 2 * chosen);
        }
        chosenBpm = chosen;
        chosenConfidence = Clamp.unit(salience(acF, chosen) * scale);
        return true;
    }

    /**
     * The peak of {@code ac} at an eighth of the beat period {@code period} over the valley at three sixteenths:
     * {@code r(L/8) - r(3L/16)}. Sixteenth-note hats of the double tempo repeat at {@code L/8} and not at
     * {@code 3L/16}; sixteenth-note hats of this tempo repeat at neither.
     */
    private double tatum(double[] ac, double period) {
        return at(ac, period / 8, maxLag) - at(ac, 3 * period / 16, maxLag);
    }

    private int nearest(double bpm) {
        int j = (int) Math.round(Math.log(bpm / minBpm) / Math.log(GRID_STEP));
        return Math.max(0, Math.min(grid.length - 1, j));
    }

    /**
     * How well the low band supports the level twice as fast as beat period {@code period}: the window's low-band
     * envelope, less its mean and clipped at 0, is folded at the period into {@code n = round(period)} phase bins
     * {@code C}; the support is {@code max over phases p of min(C[p], C[p + n/2 (+-1)]) / max C}, 0 when C is all
     * zero. A kick or snare on both halves of the period (a beat twice as fast) gives about 1; low-band hits on one
     * half only give about 0.
     */
    private double halfBeatSupport(double period, double lowMean) {
        int bins = (int) Math.max(2, Math.round(period));
        if (bins + 1 > fold.length) {
            return 0;
        }
        Arrays.fill(fold, 0, bins, 0);
        // frame `back` frames ago lies at phase (back mod period) * bins / period = (back * step) mod bins
        double step = bins / period;
        double phase = 0;
        int index = (int) ((pushed - 1) % windowFrames);
        for (int back = 0; back < windowFrames; back++) {
            double v = low[index] - lowMean;
            if (v > 0) {
                int b = (int) phase;
                double f = phase - b;
                fold[b] += v * (1 - f);
                fold[b + 1 == bins ? 0 : b + 1] += v * f;
            }
            phase += step;
            if (phase >= bins) {
                phase -= bins;
            }
            index = index == 0 ? windowFrames - 1 : index - 1;
        }
        double max = 0;
        for (int b = 0; b < bins; b++) {
            max = Math.max(max, fold[b]);
        }
        if (max <= 0) {
            return 0;
        }
        int halfway = bins / 2;
        double pair = 0;
        for (int b = 0; b < bins; b++) {
            double opposite = Math.max(fold[(b + halfway) % bins],
                    Math.max(fold[(b + halfway + 1) % bins], fold[(b + halfway - 1 + bins) % bins]));
            pair = Math.max(pair, Math.min(fold[b], opposite));
        }
        return pair / max;
    }

    private double refine(double[] acF, double[] acL, double around) {
        double lo = Math.max(minBpm, around * (1 - REFINE_SPAN));
        double hi = Math.min(maxBpm, around * (1 + REFINE_SPAN));
        double best = Math.max(lo, Math.min(hi, around));
        double bestScore = Double.NEGATIVE_INFINITY;
        for (double b = lo; b <= hi; b *= 1 + REFINE_STEP) {
            double s = salience(acF, b) + salience(acL, b);
            if (s > bestScore) {
                bestScore = s;
                best = b;
            }
        }
        return best;
    }

    /** The comb salience of {@code bpm}: mean of {@code ac} at 1..4 beat periods (those within the lag range). */
    private double salience(double[] ac, double bpm) {
        double lag = 60 * framesPerSecond / bpm;
        double s = 0;
        int n = 0;
        for (int k = 1; k <= 4; k++) {
            double v = at(ac, k * lag, maxLag);
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? 0 : s / n;
    }

    private static double at(double[] ac, double lag, int maxLag) {
        if (lag > maxLag) {
            return Double.NaN;
        }
        int i = (int) lag;
        double f = lag - i;
        return ac[i] * (1 - f) + ac[i + 1] * f;
    }
}
