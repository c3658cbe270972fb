package io.segue.predictor.beat.internal.tracking;

import java.util.Arrays;

/**
 * Where the bar starts on a {@link BeatGrid}: which beat of every four is the downbeat (4/4 assumed), from three kinds
 * of evidence, with a confidence. Plain Java, no allocation after construction; one caller at a time.
 *
 * <p>Beats are counted as the grid's beats pass (position 0..3 in a running count); per position it keeps the mean
 * over the last bars (each new bar weighing {@value #AVERAGING}) of:
 * <ul>
 * <li>the <b>kick</b>: the largest kick-band onset strength (the onset extractor's {@code low-strength}) of the onsets
 * within {@value #ON_BEAT_SECONDS} s of the beat;</li>
 * <li>the <b>harmony change</b>: {@code 1 - cos} between the mean chroma of the beat before and the beat after it.</li>
 * </ul>
 * Each candidate downbeat position {@code c} scores, in log-odds,
 * <ul>
 * <li>{@value #KICK_ALTERNATION_WEIGHT} {@code (K[c] + K[c+2] - K[c+1] - K[c+3]) / (2 max K)}: kicks on 1 and 3 and
 * not on 2 and 4 (where the snare is) put the bar on {@code c} or {@code c + 2};</li>
 * <li>{@value #KICK_ONE_WEIGHT} times the part beyond {@value #KICK_ONE_MARGIN} of {@code (K[c] - K[c+2]) / max K}:
 * a kick on 1 but not on 3 (drum and bass) tells which;</li>
 * <li>{@value #HARMONY_WEIGHT} times the part beyond {@value #HARMONY_MARGIN} of
 * {@code (H[c] - mean of the other H) / spread}: chords and bass change on the bar line. {@code spread} is the larger
 * of the pooled standard deviation of {@code H} from bar to bar and {@value #HARMONY_SPREAD_FLOOR} of its mean: the
 * chroma of drums alone, or of the near silence between clicks, changes from beat to beat by chance, and a chance
 * difference between the positions must not pass for a bar line;</li>
 * <li>{@value #CUE_WEIGHT} for the position of a cued track's first beat (assumed a downbeat).</li>
 * </ul>
 * The kick terms count only when the loudest kick reaches {@value #MIN_KICK}, and the audio's terms only after
 * {@value #MIN_BEATS} beats (the beat the count started in is left out: its onsets may have gone by). The downbeat
 * is the best candidate; the confidence its softmax probability among the four, 0.25 when nothing tells them apart.
 * A drum loop of two beats (boom-bap, a rock beat) tells 1 and 3 apart from 2 and 4, but not 1 from 3: about 0.5
 * without a cue or a change of harmony.
 */
public final class BarTracker {

    public static final int BEATS_PER_BAR = 4;
    public static final double ON_BEAT_SECONDS = 0.07;
    public static final double AVERAGING = 0.25;
    public static final int MIN_BEATS = 8;
    public static final double MIN_KICK = 0.05;
    public static final double KICK_ALTERNATION_WEIGHT = 4;
    public static final double KICK_ONE_WEIGHT = 5;
    public static final double KICK_ONE_MARGIN = 0.15;
    public static final double HARMONY_WEIGHT = 2;
    public static final double HARMONY_MARGIN = 1.5;
    public static final double HARMONY_SPREAD_FLOOR = 0.5;
    public static final double CUE_WEIGHT = 2.5;

    /**
     * Seconds from a frame's start to the middle of its window at the default framing (2048 samples at 22050 Hz):
     * the time its chroma stands for.
     */
    public static final double FRAME_CENTRE_SECONDS = 1024.0 / 22050;

    private static final int PITCH_CLASSES = 12;

    private final double[] kick = new double[BEATS_PER_BAR];
    private final double[] change = new double[BEATS_PER_BAR];
    private final double[] changeSquared = new double[BEATS_PER_BAR];
    private final int[] kickBars = new int[BEATS_PER_BAR];
    private final int[] changeBars = new int[BEATS_PER_BAR];
    private final double[] previousChroma = new double[PITCH_CLASSES];
    private final double[] currentChroma = new double[PITCH_CLASSES];
    private final double[] score = new double[BEATS_PER_BAR];
    private int previousFrames;
    private int currentFrames;
    /** The grid beat the current interval starts at, NaN when none. */
    private double beatSeconds = Double.NaN;
    private int position;
    private double currentKick;
    private double nextKick;
    private int beats;
    /** Whether the current beat began before the count did: its onsets may have gone by unseen. */
    private boolean partial;
    private double cueDownbeatSeconds = Double.NaN;
    private int cuePosition = -1;
    private int best;
    private double confidence;

    /** Takes the frame starting at {@code nowSeconds}, with its chroma (12 values, or null when none). */
    public void frame(double nowSeconds, float[] chroma, BeatGrid grid) {
        if (!grid.locked()) {
            if (!Double.isNaN(beatSeconds)) {
                // the count of beats breaks with the grid: what each position heard no longer lines up
                double cue = cueDownbeatSeconds;
                int cued = cuePosition;
                reset();
                cueDownbeatSeconds = cue;
                cuePosition = cued;
                updateScores();
            }
            return;
        }
        double period = grid.periodSeconds();
        double centre = nowSeconds + FRAME_CENTRE_SECONDS;
        if (Double.isNaN(beatSeconds) || centre - beatSeconds > BEATS_PER_BAR * period || centre < beatSeconds) {
            start(grid.nextBeatAfter(centre - period), period);
        }
        double next = grid.nextBeatAfter(beatSeconds + 0.5 * period);
        while (centre >= next) {
            finishBeat();
            position = Math.floorMod(position + Math.max(1, Math.round((next - beatSeconds) / period)),
                    BEATS_PER_BAR);
            beatSeconds = next;
            next = grid.nextBeatAfter(beatSeconds + 0.5 * period);
        }
        if (chroma != null && chroma.length >= PITCH_CLASSES) {
            boolean finite = true;
            for (int i = 0; i < PITCH_CLASSES; i++) {
                finite &= Float.isFinite(chroma[i]);
            }
            if (finite) {
                for (int i = 0; i < PITCH_CLASSES; i++) {
                    currentChroma[i] += chroma[i];
                }
                currentFrames++;
            }
        }
    }

    /** Takes an onset at {@code onsetSeconds} whose kick-band strength peaked at {@code lowStrength}. */
    public void onset(double onsetSeconds, double lowStrength, BeatGrid grid) {
        if (Double.isNaN(beatSeconds) || !grid.locked() || !(lowStrength > 0) || Double.isInfinite(lowStrength)) {
            return;
        }
        double period = grid.periodSeconds();
        double beat = grid.nextBeatAfter(onsetSeconds - 0.5 * period);
        if (Math.abs(onsetSeconds - beat) > ON_BEAT_SECONDS) {
            return;
        }
        if (Math.abs(beat - beatSeconds) < 0.5 * period) {
            currentKick = Math.max(currentKick, lowStrength);
        } else if (beat > beatSeconds && beat - beatSeconds < 1.5 * period) {
            nextKick = Math.max(nextKick, lowStrength);
        }
    }

    /** A cued track starts over from its grid, whose beat at {@code downbeatSeconds} begins a bar. */
    public void cue(double downbeatSeconds) {
        reset();
        cueDownbeatSeconds = downbeatSeconds;
        cuePosition = 0;
        updateScores();
    }

    /** Whether the grid beat at {@code targetSeconds} is the downbeat (the best candidate); false when unknown. */
    public boolean isDownbeat(double targetSeconds, double periodSeconds) {
        if (Double.isNaN(beatSeconds) || !(periodSeconds > 0)) {
            return false;
        }
        long steps = Math.round((targetSeconds - beatSeconds) / periodSeconds);
        return Math.floorMod(position + steps, BEATS_PER_BAR) == best;
    }

    /** 0.25 (can't be told) .. 1: see the class comment. */
    public double confidence() {
        return confidence;
    }

    /** Forgets everything, a cue too. */
    public void reset() {
        Arrays.fill(kick, 0);
        Arrays.fill(change, 0);
        Arrays.fill(changeSquared, 0);
        Arrays.fill(kickBars, 0);
        Arrays.fill(changeBars, 0);
        Arrays.fill(previousChroma, 0);
        Arrays.fill(currentChroma, 0);
        previousFrames = 0;
        currentFrames = 0;
        beatSeconds = Double.NaN;
        position = 0;
        currentKick = 0;
        nextKick = 0;
        beats = 0;
        partial = false;
        cueDownbeatSeconds = Double.NaN;
        cuePosition = -1;
        updateScores();
    }

    private void start(double beat, double period) {
        if (!Double.isNaN(beatSeconds)) {
            position = Math.floorMod(position + Math.round((beat - beatSeconds) / period), BEATS_PER_BAR);
        } else if (!Double.isNaN(cueDownbeatSeconds)) {
            position = (int) Math.floorMod(Math.round((beat - cueDownbeatSeconds) / period), (long) BEATS_PER_BAR);
        }
        beatSeconds = beat;
        partial = true;
        Arrays.fill(previousChroma, 0);
        Arrays.fill(currentChroma, 0);
        previousFrames = 0;
        currentFrames = 0;
        currentKick = 0;
        nextKick = 0;
    }

    private void finishBeat() {
        if (partial) {
            partial = false;
        } else {
            record();
        }
        System.arraycopy(currentChroma, 0, previousChroma, 0, PITCH_CLASSES);
        Arrays.fill(currentChroma, 0);
        previousFrames = currentFrames;
        currentFrames = 0;
        currentKick = nextKick;
        nextKick = 0;
    }

    private void record() {
        if (previousFrames > 0 && currentFrames > 0) {
            double dot = 0;
            double a = 0;
            double b = 0;
            for (int i = 0; i < PITCH_CLASSES; i++) {
                dot += previousChroma[i] * currentChroma[i];
                a += previousChroma[i] * previousChroma[i];
                b += currentChroma[i] * currentChroma[i];
            }
            if (a > 0 && b > 0) {
                double d = 1 - dot / Math.sqrt(a * b);
                changeSquared[position] = average(changeSquared[position], d * d, changeBars[position]);
                change[position] = average(change[position], d, changeBars[position]++);
            }
        }
        kick[position] = average(kick[position], currentKick, kickBars[position]++);
        beats++;
        updateScores();
    }

    /** {@code x} moved towards 0 by {@code margin}, 0 within it: differences the material's noise makes count not. */
    private static double beyond(double x, double margin) {
        return Math.signum(x) * Math.max(0, Math.abs(x) - margin);
    }

    private static double average(double mean, double value, int before) {
        return mean + Math.max(AVERAGING, 1.0 / (before + 1)) * (value - mean);
    }

    private void updateScores() {
        double maxKick = 0;
        double sumChange = 0;
        double variance = 0;
        for (int p = 0; p < BEATS_PER_BAR; p++) {
            maxKick = Math.max(maxKick, kick[p]);
            sumChange += change[p];
            variance += Math.max(0, changeSquared[p] - change[p] * change[p]) / BEATS_PER_BAR;
        }
        boolean heard = beats >= MIN_BEATS;
        boolean kicks = heard && maxKick >= MIN_KICK;
        double top = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < BEATS_PER_BAR; c++) {
            double s = c == cuePosition ? CUE_WEIGHT : 0;
            if (kicks) {
                double alternation = (kick[c] + kick[(c + 2) % 4] - kick[(c + 1) % 4] - kick[(c + 3) % 4])
                        / (2 * maxKick);
                s += KICK_ALTERNATION_WEIGHT * alternation
                        + KICK_ONE_WEIGHT * beyond((kick[c] - kick[(c + 2) % 4]) / maxKick, KICK_ONE_MARGIN);
            }
            if (heard && sumChange > 0) {
                double spread = Math.max(Math.sqrt(variance), HARMONY_SPREAD_FLOOR * sumChange / BEATS_PER_BAR);
                double contrast = (change[c] - (sumChange - change[c]) / (BEATS_PER_BAR - 1)) / spread;
                s += HARMONY_WEIGHT * beyond(contrast, HARMONY_MARGIN);
            }
            score[c] = s;
            top = Math.max(top, s);
        }
        double sum = 0;
        best = 0;
        for (int c = 0; c < BEATS_PER_BAR; c++) {
            sum += Math.exp(score[c] - top);
            if (score[c] > score[best]) {
                best = c;
            }
        }
        confidence = 1 / sum;
    }
}
