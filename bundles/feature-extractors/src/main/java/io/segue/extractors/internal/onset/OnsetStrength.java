package io.segue.extractors.internal.onset;

import io.segue.api.feature.AnalysisFormat;

import java.util.Arrays;

/**
 * Onset strength of one frame: log-compressed spectral flux with a maximum filter over frequency (the SuperFlux idea
 * of Böck and Widmer, 2013), from the shared magnitude spectrum. Plain Java, allocation-free after construction.
 *
 * <p>Definition, for frame {@code t} with magnitudes {@code X_t(k)}:
 * <ol>
 * <li>{@code Y_t(k) = ln(1 + 1000 * |X_t(k)| / (windowSize / 4))}: magnitudes scaled so that a full-scale sine on a
 * bin reads 1, then log-compressed (the 1000 puts the knee near -60 dB, so dither adds nothing and quiet hats count
 * almost as much as loud kicks);</li>
 * <li>the reference is the frame {@code d = max(1, round(windowSize / (4 * hopSize)))} hops back (one hop at the
 * default 2048/512), maximum-filtered over three bins: {@code R_t(k) = max(Y_{t-d}(k-1), Y_{t-d}(k), Y_{t-d}(k+1))},
 * so that vibrato and slides moving by a bin do not count as onsets;</li>
 * <li>{@link #strength()} = the mean over bins {@code 1 .. K} of {@code max(0, Y_t(k) - R_t(k))}, where bin {@code K}
 * is at {@value #MAX_HZ} Hz or the Nyquist frequency if lower; {@link #lowStrength()} is the same mean over the bins
 * up to {@value #LOW_MAX_HZ} Hz, the kick and the body of the snare.</li>
 * </ol>
 * {@link #kickStrength()} tells a kick from a snare: the same mean rise over the bins up to {@value #KICK_MAX_HZ} Hz
 * (below a snare's body), without the maximum filter and with a knee near -20 dB instead of -60 dB
 * ({@code ln(1 + }{@value #KICK_GAMMA}{@code |X| / (windowSize/4))}): at the -60 dB knee the leakage of a snare's
 * tone and noise into the lowest bins counts almost as much as a kick (measured: snare 0.79 of a kick), at -20 dB it
 * does not.
 * The first {@code d} frames after construction or {@link #reset()} have no reference and read 0. Both values are
 * {@code >= 0}.
 *
 * <p>Timing: the strength of an attack peaks in the frame whose window holds the attack about two thirds of the way
 * in; {@link #ATTACK_OFFSET_WINDOWS} says where, as measured on clicks and drum hits.
 */
public final class OnsetStrength {

    /** The highest frequency that counts, in Hz. */
    public static final double MAX_HZ = 11025;

    /** The top of the low band, in Hz. */
    public static final double LOW_MAX_HZ = 300;

    /** The top of the kick band, in Hz: below the body of a snare (about 180-250 Hz). */
    public static final double KICK_MAX_HZ = 150;

    /** The magnitude scale of the kick band's log compression: its knee near -20 dB. */
    public static final double KICK_GAMMA = 10;

    /**
     * Where an attack lies in the window of the frame in which {@link #strength()} peaks, as a fraction of the window
     * from its first sample; calibrated on clicks and drum hits at random positions (see the tests).
     */
    public static final double ATTACK_OFFSET_WINDOWS = 0.66;

    /**
     * The event output value of an event whose strength peaked {@code ageFrames} frames before the reporting frame:
     * its attack's time in seconds from the reporting frame's first sample,
     * {@code (ATTACK_OFFSET_WINDOWS * windowSize - ageFrames * hopSize) / sampleRateHz}; NaN for no event (NaN).
     */
    public static float eventOffsetSeconds(AnalysisFormat format, double ageFrames) {
        return Double.isNaN(ageFrames) ? Float.NaN : (float) ((ATTACK_OFFSET_WINDOWS * format.windowSize()
                - ageFrames * format.hopSize()) / format.sampleRateHz());
    }

    private static final double GAMMA = 1000;

    private final int bins;
    private final int lowBins;
    private final int kickBins;
    private final double scale;
    private final double kickScale;
    private final double[][] history;
    private final double[][] kickHistory;
    private int newest;
    private long frames;
    private double strength;
    private double lowStrength;
    private double kickStrength;

    /**
     * @throws IllegalArgumentException when the window is not a power of two >= 16 or the hop not in 1..window
     */
    public OnsetStrength(double sampleRateHz, int windowSize, int hopSize) {
        if (windowSize < 16 || Integer.bitCount(windowSize) != 1) {
            throw new IllegalArgumentException("windowSize must be a power of two >= 16, was " + windowSize);
        }
        if (hopSize < 1 || hopSize > windowSize) {
            throw new IllegalArgumentException("hopSize must be in 1.." + windowSize + ", was " + hopSize);
        }
        if (!(sampleRateHz > 0)) {
            throw new IllegalArgumentException("sampleRateHz must be positive, was " + sampleRateHz);
        }
        double binHz = sampleRateHz / windowSize;
        this.bins = (int) Math.min(windowSize / 2, Math.floor(MAX_HZ / binHz));
        this.lowBins = (int) Math.max(1, Math.min(bins, Math.floor(LOW_MAX_HZ / binHz)));
        this.kickBins = (int) Math.max(1, Math.min(lowBins, Math.floor(KICK_MAX_HZ / binHz)));
        this.scale = GAMMA / (windowSize / 4.0);
        int lag = (int) Math.max(1, Math.round(windowSize / (4.0 * hopSize)));
        this.history = new double[lag + 1][bins + 2];
        this.kickScale = KICK_GAMMA / (windowSize / 4.0);
        this.kickHistory = new double[lag + 1][kickBins + 1];
    }

    /** Frames of history the strength depends on: the reference lag. */
    public int historyFrames() {
        return history.length - 1;
    }

    /**
     * Takes the next frame's magnitudes ({@code windowSize / 2 + 1} of them, at least the bins up to {@link #MAX_HZ})
     * and computes its strengths.
     */
    public void process(float[] magnitudes) {
        newest = (newest + 1) % history.length;
        double[] current = history[newest];
        for (int k = 1; k <= bins; k++) {
            // log(1 + v), not log1p: log is a JIT intrinsic, log1p several times slower, and the absolute error
            // of the plain form (~1e-16) is far below what a rise in the envelope means
            current[k] = Math.log(1.0 + scale * magnitudes[k]);
        }
        double[] kickCurrent = kickHistory[newest];
        for (int k = 1; k <= kickBins; k++) {
            kickCurrent[k] = Math.log(1.0 + kickScale * magnitudes[k]);
        }
        current[bins + 1] = current[bins];
        current[0] = current[1];
        frames++;
        if (frames <= history.length - 1) {
            strength = 0;
            lowStrength = 0;
            kickStrength = 0;
            return;
        }
        double[] reference = history[(newest + 1) % history.length];
        double sum = 0;
        double low = 0;
        double[] kickReference = kickHistory[(newest + 1) % history.length];
        double kick = 0;
        for (int k = 1; k <= kickBins; k++) {
            kick += Math.max(0, kickCurrent[k] - kickReference[k]);
        }
        for (int k = 1; k <= bins; k++) {
            double r = Math.max(reference[k], Math.max(reference[k - 1], reference[k + 1]));
            double rise = current[k] - r;
            if (rise > 0) {
                sum += rise;
                if (k <= lowBins) {
                    low += rise;
                }
            }
        }
        strength = sum / bins;
        lowStrength = low / lowBins;
        kickStrength = kick / kickBins;
    }

    /** The onset strength of the last processed frame, over the whole band. */
    public double strength() {
        return strength;
    }

    /** The onset strength of the last processed frame in the low band (up to {@link #LOW_MAX_HZ}). */
    public double lowStrength() {
        return lowStrength;
    }

    /** The onset strength of the last processed frame in the kick band (up to {@link #KICK_MAX_HZ}). */
    public double kickStrength() {
        return kickStrength;
    }

    /** Forgets every earlier frame. */
    public void reset() {
        for (double[] row : history) {
            Arrays.fill(row, 0);
        }
        for (double[] row : kickHistory) {
            Arrays.fill(row, 0);
        }
        newest = 0;
        frames = 0;
        strength = 0;
        lowStrength = 0;
        kickStrength = 0;
    }
}
