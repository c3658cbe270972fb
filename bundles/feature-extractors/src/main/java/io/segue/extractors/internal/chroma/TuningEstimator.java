package io.segue.extractors.internal.chroma;

import io.segue.api.feature.AnalysisFormat;
import java.util.Arrays;

/**
 * A running estimate of the tuning of the reference pitch: how far, in semitones, the stream's notes lie from the
 * equal-tempered grid of A4 = 440 Hz. The streaming counterpart of {@code librosa.estimate_tuning} /
 * {@code pitch_tuning}.
 *
 * <p>Definition, per frame of magnitudes {@code m[k]} (bin {@code k} at {@code k * sampleRateHz / windowSize} Hz):
 * <ol>
 * <li>every histogram count is multiplied by {@code exp(-hopSeconds / 10 s)}: a frame's votes fade with a time
 * constant of {@value #TIME_CONSTANT_SECONDS} s (counts below 1e-30 are flushed to 0);</li>
 * <li>the spectral peaks are the bins {@code k} between 150 Hz and 4000 Hz (librosa's {@code piptrack} range)
 * with {@code m[k-1] < m[k] >= m[k+1]} and {@code m[k]} at least a tenth (-20 dB) of the largest magnitude in that
 * range and at least the magnitude of a -80 dBFS sine ({@code 1e-4 * windowSize / 4}); Hann sidelobes (-31 dB)
 * never qualify;</li>
 * <li>each peak's frequency is refined by fitting a parabola through the logarithms of its three magnitudes (exact
 * for a Gaussian, within about 0.02 bin for a Hann window), {@code f = (k + p) * binWidth} with
 * {@code p = (ln m[k-1] - ln m[k+1]) / (2 (ln m[k-1] - 2 ln m[k] + ln m[k+1]))};</li>
 * <li>its deviation {@code r = 12 log2(f / 440)} wrapped to [-0.5, 0.5) semitones adds one count to the histogram
 * of {@value #BINS} one-cent bins covering [-0.5, 0.5).</li>
 * </ol>
 * The estimate is the centre of the fullest bin, {@code -0.5 + (bin + 0.5) / 100} semitones; 0 before any peak has
 * voted, and unchanged while no peak votes (its counts fade but keep their proportions). State: the 100 counts.
 */
public final class TuningEstimator {

    /** Histogram bins over one semitone: one cent each. */
    public static final int BINS = 100;

    /** How long a vote counts: counts decay by {@code 1/e} in this time. */
    public static final double TIME_CONSTANT_SECONDS = 10.0;

    /** {@link #estimateBin()} before any peak has voted (the estimate is then 0). */
    public static final int NO_ESTIMATE = -1;

    static final double MIN_PEAK_HZ = 150.0;
    static final double MAX_PEAK_HZ = 4000.0;
    static final double RELATIVE_PEAK_THRESHOLD = 0.1;
    static final double PEAK_FLOOR_AMPLITUDE = 1e-4;

    private final int spectrumSize;
    private final double binWidthHz;
    private final int minBin;
    private final int maxBin;
    private final double decay;
    private final double peakFloor;
    private final double[] counts = new double[BINS];
    private int estimateBin;

    public TuningEstimator(AnalysisFormat format) {
        this.spectrumSize = format.spectrumSize();
        this.binWidthHz = format.binFrequencyHz(1);
        this.minBin = Math.max(1, (int) Math.ceil(MIN_PEAK_HZ / binWidthHz));
        this.maxBin = Math.min(spectrumSize - 2, (int) Math.floor(MAX_PEAK_HZ / binWidthHz));
        this.decay = Math.exp(-format.hopSize() / (format.sampleRateHz() * TIME_CONSTANT_SECONDS));
        this.peakFloor = PEAK_FLOOR_AMPLITUDE * format.windowSize() / 4.0;
        reset();
    }

    /** Adds the peaks of one frame's magnitudes ({@code windowSize / 2 + 1} of them). Allocates nothing. */
    public void update(float[] magnitudes) {
        double total = 0.0;
        for (int i = 0; i < BINS; i++) {
            double c = counts[i] * decay;
            counts[i] = c < 1e-30 ? 0.0 : c;
            total += counts[i];
        }
        float largest = 0f;
        for (int k = minBin; k <= maxBin; k++) {
            largest = Math.max(largest, magnitudes[k]);
        }
        double threshold = Math.max(RELATIVE_PEAK_THRESHOLD * largest, peakFloor);
        for (int k = minBin; k <= maxBin; k++) {
            float m = magnitudes[k];
            if (m >= threshold && m > magnitudes[k - 1] && m >= magnitudes[k + 1]) {
                double hz = (k + peakOffset(magnitudes[k - 1], m, magnitudes[k + 1])) * binWidthHz;
                counts[binOf(deviationSemitones(hz))] += 1.0;
                total += 1.0;
            }
        }
        if (total > 0.0) {
            int best = 0;
            for (int i = 1; i < BINS; i++) {
                if (counts[i] > counts[best]) {
                    best = i;
                }
            }
            estimateBin = best;
        }
    }

    /** The estimate in semitones, in [-0.5, 0.5): the centre of the fullest cent bin. */
    public double tuningSemitones() {
        return semitonesOf(estimateBin);
    }

    /** The fullest bin, 0..99 (bin 50 = [0, 0.01) semitones), or {@link #NO_ESTIMATE} before any vote. */
    public int estimateBin() {
        return estimateBin;
    }

    public void reset() {
        Arrays.fill(counts, 0.0);
        estimateBin = NO_ESTIMATE;
    }

    /** The centre of {@code bin} in semitones; 0 for {@link #NO_ESTIMATE}. */
    static double semitonesOf(int bin) {
        return bin == NO_ESTIMATE ? 0.0 : -0.5 + (bin + 0.5) / BINS;
    }

    /** {@code 12 log2(hz / 440)} wrapped to [-0.5, 0.5). */
    static double deviationSemitones(double hz) {
        double semitones = 12 * Math.log(hz / 440.0) / Math.log(2);
        return semitones - Math.floor(semitones + 0.5);
    }

    static int binOf(double deviation) {
        return Math.min(BINS - 1, Math.max(0, (int) Math.floor((deviation + 0.5) * BINS)));
    }

    /** The log-parabolic offset of a peak from its bin, in bins, within [-0.5, 0.5]; 0 when undefined. */
    static double peakOffset(float left, float centre, float right) {
        if (left <= 0f || right <= 0f) {
            return 0.0;
        }
        double a = Math.log(left);
        double b = Math.log(centre);
        double c = Math.log(right);
        double curvature = a - 2 * b + c;
        if (curvature >= 0.0) {
            return 0.0;
        }
        return Math.max(-0.5, Math.min(0.5, 0.5 * (a - c) / curvature));
    }
}
