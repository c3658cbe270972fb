package io.segue.extractors.internal.chroma;

import io.segue.api.feature.AnalysisFormat;
import io.segue.extractors.internal.FastLog;
import java.util.Arrays;
import java.util.Objects;

/**
 * A chroma of the spectrum's tonal peaks only, for key finding (after Gómez's HPCP): broadband energy (drums, noise)
 * and the skirts of peaks are left out; only bins that stand well above their spectral neighbourhood count.
 *
 * <p>Definition, per frame of Hann magnitudes {@code m[k]} (bin {@code k} at {@code f_k = k * binWidth}):
 * <ol>
 * <li>the {@link TuningEstimator} takes the frame (as for {@link Chroma}); its estimate defines the reference
 * {@code A0' = 440 * 2^(tuning / 12) / 16} Hz;</li>
 * <li>{@code L[k] = log2 m[k]} (a polynomial approximation, within 4e-5) and its local mean {@code M[k]}, the mean
 * of {@code L} over the bins {@code k - h .. k + h} ({@code h = max(2, round(halfWidthHz / binWidth))}, cut at
 * {@code max(0, low - h) .. min(n - 1, high + h)}): the log of the neighbourhood's geometric mean magnitude, which
 * a few peaks barely raise;</li>
 * <li>a <i>tonal peak</i> is a bin {@code k} in {@code low = max(1, ceil(minHz / binWidth)) .. high =
 * min(n - 2, floor(maxHz / binWidth))} with {@code m[k-1] < m[k] >= m[k+1]}, {@code m[k]} at least the magnitude
 * of a -80 dBFS sine ({@code 1e-4 * windowSize / 4}) and {@code 20 log10(2) (L[k] - M[k]) >= thresholdDb}; the
 * power in a bin of Gaussian noise is exponentially distributed and its geometric mean is {@code exp(-0.5772)} of
 * the arithmetic one, so a noise bin passes 10 dB with probability {@code exp(-10 * 0.56)}, 0.4 %;</li>
 * <li>each peak's frequency is refined by a parabola through {@code L[k-1], L[k], L[k+1]} (as in
 * {@link TuningEstimator}), {@code f = (k + d) binWidth}, giving its pitch {@code s = 12 log2(f / A0')} semitones;
 * the nearest pitch class {@code c = (round(s) + 9) mod 12} (0 = C) receives {@code e[c] += cos^2(pi (s - round(s)))
 * g(s) m[k]^2} with the octave weighting {@code g(s) = exp(-0.5 ((s / 12 - centreOctave) / octaveWidth)^2)} of
 * {@link Chroma}: a peak a quarter of a semitone off the grid counts half;</li>
 * <li>the frame's <i>weighted power</i> is {@code P = sum g_k m[k]^2} over {@code k = low .. high} (peaks or not),
 * with {@code g_k = exp(-0.5 ((log2(f_k / 27.5) - centreOctave) / octaveWidth)^2)}, the octave weighting at A440: the
 * energy the peaks are a share of.</li>
 * </ol>
 * State: the tuning histogram and three per-bin tables, allocated once; {@link #process} allocates
 * nothing.
 */
public final class PeakChroma {

    /** The magnitude of a -80 dBFS sine relative to a full-scale one. */
    static final double PEAK_FLOOR_AMPLITUDE = 1e-4;

    private static final double DB_PER_LOG2 = 20 * Math.log10(2);

    private final int low;
    private final int high;
    private final int halfWidth;
    private final float thresholdLog2;
    private final float peakFloor;
    private final TuningEstimator tuning;
    private final double binWidthHz;
    private final double centreOctave;
    private final double octaveWidth;
    private int referenceBin = Integer.MIN_VALUE;
    private double reference;
    /** log2 of the bins' magnitudes, over {@code from .. to}. */
    private final float[] logs;
    /** prefix sums of {@code logs}: {@code prefix[k + 1] = logs[from] + .. + logs[k]}. */
    private final double[] prefix;
    /** the octave weighting of each bin in {@code low .. high}. */
    private final float[] binWeight;
    private final int from;
    private final int to;
    private double weightedPower;
    private int peaks;

    /**
     * @param minHz        the lowest frequency of a tonal peak, positive
     * @param maxHz        the highest, above {@code minHz}
     * @param halfWidthHz  the half-width of the neighbourhood a peak is compared with, positive
     * @param thresholdDb  how far a peak must stand above the neighbourhood's geometric mean
     * @param centreOctave the centre of the octave weighting, octaves above A0
     * @param octaveWidth  its Gaussian half-width in octaves, positive
     */
    public PeakChroma(AnalysisFormat format, double minHz, double maxHz, double halfWidthHz, double thresholdDb,
            double centreOctave, double octaveWidth) {
        Objects.requireNonNull(format, "format");
        if (!(minHz > 0 && maxHz > minHz && halfWidthHz > 0 && octaveWidth > 0) || !Double.isFinite(maxHz)
                || !Double.isFinite(halfWidthHz) || !Double.isFinite(thresholdDb) || !Double.isFinite(centreOctave)
                || !Double.isFinite(octaveWidth)) {
            throw new IllegalArgumentException("need 0 < minHz < maxHz, halfWidthHz > 0, octaveWidth > 0, all finite; "
                    + "were " + minHz + ", " + maxHz + ", " + halfWidthHz + ", " + thresholdDb + ", " + centreOctave
                    + ", " + octaveWidth);
        }
        int spectrumSize = format.spectrumSize();
        this.binWidthHz = format.binFrequencyHz(1);
        this.centreOctave = centreOctave;
        this.octaveWidth = octaveWidth;
        this.low = Math.max(1, (int) Math.ceil(minHz / binWidthHz));
        this.high = Math.min(spectrumSize - 2, (int) Math.floor(maxHz / binWidthHz));
        this.halfWidth = Math.max(2, (int) Math.round(halfWidthHz / binWidthHz));
        this.thresholdLog2 = (float) (thresholdDb / DB_PER_LOG2);
        this.peakFloor = (float) (PEAK_FLOOR_AMPLITUDE * format.windowSize() / 4.0);
        this.tuning = new TuningEstimator(format);
        this.from = Math.max(0, low - halfWidth);
        this.to = Math.min(spectrumSize - 1, high + halfWidth);
        this.logs = new float[spectrumSize];
        this.prefix = new double[spectrumSize + 1];
        this.binWeight = new float[spectrumSize];
        for (int k = low; k <= high; k++) {
            double octave = (Math.log(k * binWidthHz / 27.5) / Math.log(2) - centreOctave) / octaveWidth;
            binWeight[k] = (float) Math.exp(-0.5 * octave * octave);
        }
    }

    /**
     * Updates the tuning estimate with the frame, then writes the energies of its tonal peaks by pitch class to
     * {@code energies[0 .. 12)} (0 = C). Allocates nothing.
     *
     * @param magnitudes the frame's {@code windowSize / 2 + 1} magnitudes
     */
    public void process(float[] magnitudes, double[] energies) {
        tuning.update(magnitudes);
        if (tuning.estimateBin() != referenceBin) {
            referenceBin = tuning.estimateBin();
            reference = 440.0 * Math.pow(2, TuningEstimator.semitonesOf(referenceBin) / 12) / 16;
        }
        Arrays.fill(energies, 0, Chroma.PITCH_CLASSES, 0.0);
        peaks = 0;
        weightedPower = 0.0;
        if (high < low) {
            return;
        }
        double sum = 0.0;
        prefix[from] = 0.0;
        for (int k = from; k <= to; k++) {
            float l = FastLog.log2(magnitudes[k]);
            logs[k] = l;
            sum += l;
            prefix[k + 1] = sum;
        }
        double power = 0.0;
        for (int k = low; k <= high; k++) {
            float m = magnitudes[k];
            power += binWeight[k] * ((double) m * m);
            if (m <= magnitudes[k - 1] || m < magnitudes[k + 1] || m < peakFloor) {
                continue;
            }
            int a = Math.max(from, k - halfWidth);
            int b = Math.min(to, k + halfWidth);
            double mean = (prefix[b + 1] - prefix[a]) / (b - a + 1);
            if (logs[k] - mean < thresholdLog2) {
                continue;
            }
            addPeak(k, (double) m * m, energies);
        }
        weightedPower = power;
    }

    private void addPeak(int k, double power, double[] energies) {
        double left = logs[k - 1];
        double centre = logs[k];
        double right = logs[k + 1];
        double curvature = left - 2 * centre + right;
        double offset = curvature < 0 ? Math.max(-0.5, Math.min(0.5, 0.5 * (left - right) / curvature)) : 0.0;
        double semitones = Chroma.PITCH_CLASSES * Math.log((k + offset) * binWidthHz / reference) / Math.log(2);
        double nearest = Math.rint(semitones);
        double cos = Math.cos(Math.PI * (semitones - nearest));
        double octave = (semitones / Chroma.PITCH_CLASSES - centreOctave) / octaveWidth;
        int pitchClass = Math.floorMod((int) nearest + 9, Chroma.PITCH_CLASSES);
        energies[pitchClass] += cos * cos * Math.exp(-0.5 * octave * octave) * power;
        peaks++;
    }

    /** The octave-weighted power of every bin in the peak range in the last frame (peaks or not). */
    public double lastWeightedPower() {
        return weightedPower;
    }

    /** The number of tonal peaks in the last frame. */
    public int lastPeaks() {
        return peaks;
    }

    /** The running tuning estimate, semitones in [-0.5, 0.5). */
    public double tuningSemitones() {
        return tuning.tuningSemitones();
    }

    /** Forgets the tuning estimate. */
    public void reset() {
        tuning.reset();
        weightedPower = 0.0;
        peaks = 0;
    }
}
