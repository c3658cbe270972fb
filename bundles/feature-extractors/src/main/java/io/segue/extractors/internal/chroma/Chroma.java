package io.segue.extractors.internal.chroma;

import io.segue.api.feature.AnalysisFormat;
import java.util.Objects;

/**
 * A 12-bin chromagram of the power spectrum with running tuning estimation: {@code librosa.feature.chroma_stft}
 * (default {@code norm=inf}, {@code tuning=None}) made streaming.
 *
 * <p>Definition, per frame of Hann magnitudes {@code m[k]}, {@code n = windowSize / 2 + 1} bins:
 * <ol>
 * <li>the {@link TuningEstimator} takes the frame's spectral peaks; its estimate {@code tuning} (semitones) defines
 * the reference {@code A440' = 440 * 2^(tuning / 12)} Hz;</li>
 * <li>the chroma filter bank {@code W[p][k]} of {@code librosa.filters.chroma} with that reference: bin {@code k}
 * (at {@code f_k}) lies at {@code q_k = 12 log2(f_k / (A440' / 16))} semitones above A0'; bin 0 (DC) is put 18
 * semitones below bin 1; each bin's width is {@code w_k = max(q_{k+1} - q_k, 1)}. For pitch class {@code p}
 * (0 = C .. 11 = B) the distance {@code d = q_k - (p + 3)} is wrapped to [-6, 6) and the bin contributes a Gaussian
 * bump {@code exp(-0.5 (2 d / w_k)^2)}; each bin's 12 bumps are scaled to unit Euclidean norm, then multiplied by
 * the octave weighting {@code exp(-0.5 ((q_k / 12 - centreOctave) / octaveWidth)^2)} (librosa: centre octave 5,
 * i.e. A5 = 880 Hz, width 2 octaves);</li>
 * <li>{@code e[p] = sum_k W[p][k] m[k]^2} (power, in double precision), and the chroma is {@code e[p] / max(e)},
 * so the largest pitch class reads 1; when {@code max(e) < 1e-30} (silence) the chroma is all 0.</li>
 * </ol>
 * The filter bank is rebuilt (in place, no allocation) only when the tuning estimate moves to another cent bin,
 * which after the first seconds of a stream is rare; state: the bank ({@code 12 n} floats) and the estimator's
 * histogram.
 */
public final class Chroma {

    /** Pitch classes, C first. */
    public static final int PITCH_CLASSES = 12;

    /** librosa's default centre of the octave weighting: octave 5 above A0 (A5, 880 Hz). */
    public static final double DEFAULT_CENTRE_OCTAVE = 5.0;

    /** librosa's default Gaussian half-width of the octave weighting, in octaves. */
    public static final double DEFAULT_OCTAVE_WIDTH = 2.0;

    static final double SILENCE_ENERGY = 1e-30;

    private final int spectrumSize;
    private final double binWidthHz;
    private final double centreOctave;
    private final double octaveWidth;
    private final TuningEstimator tuning;
    private final float[] filter;
    /** The frame's power spectrum, squared once for the 12 rows. */
    private final float[] power;
    private final double[] frequencyBins;
    private final double[] energies = new double[PITCH_CLASSES];
    private int filterTuningBin = Integer.MIN_VALUE;
    private double maxEnergy;

    /** librosa's octave weighting: centre octave 5, width 2. */
    public Chroma(AnalysisFormat format) {
        this(format, DEFAULT_CENTRE_OCTAVE, DEFAULT_OCTAVE_WIDTH);
    }

    /**
     * @param centreOctave the centre of the octave weighting, in octaves above A0 (27.5 Hz)
     * @param octaveWidth  its Gaussian half-width in octaves, positive
     */
    public Chroma(AnalysisFormat format, double centreOctave, double octaveWidth) {
        Objects.requireNonNull(format, "format");
        if (!(octaveWidth > 0) || !Double.isFinite(centreOctave) || !Double.isFinite(octaveWidth)) {
            throw new IllegalArgumentException("octaveWidth must be positive and centreOctave finite, were "
                    + octaveWidth + ", " + centreOctave);
        }
        this.spectrumSize = format.spectrumSize();
        this.binWidthHz = format.binFrequencyHz(1);
        this.centreOctave = centreOctave;
        this.octaveWidth = octaveWidth;
        this.tuning = new TuningEstimator(format);
        this.filter = new float[PITCH_CLASSES * spectrumSize];
        this.power = new float[spectrumSize];
        this.frequencyBins = new double[spectrumSize + 1];
        rebuildFilter(tuning.estimateBin());
    }

    /**
     * Updates the tuning estimate with the frame, then writes its 12 chroma values to
     * {@code chroma[offset .. offset + 12)}. Allocates nothing.
     *
     * @param magnitudes the frame's {@code windowSize / 2 + 1} magnitudes
     */
    public void process(float[] magnitudes, float[] chroma, int offset) {
        tuning.update(magnitudes);
        if (tuning.estimateBin() != filterTuningBin) {
            rebuildFilter(tuning.estimateBin());
        }
        for (int k = 0; k < spectrumSize; k++) {
            float m = magnitudes[k];
            power[k] = m * m;
        }
        double max = 0.0;
        for (int p = 0; p < PITCH_CLASSES; p++) {
            double e = dot(filter, p * spectrumSize, power, spectrumSize);
            energies[p] = e;
            max = Math.max(max, e);
        }
        maxEnergy = max;
        for (int p = 0; p < PITCH_CLASSES; p++) {
            chroma[offset + p] = max < SILENCE_ENERGY ? 0f : (float) (energies[p] / max);
        }
    }

    /**
     * {@code sum(a[from + k] * b[k])} for {@code k < n}, in double precision. Four partial sums: a single running sum
     * waits on each addition, and this dot product (12 rows of every bin) is most of the chroma's cost.
     */
    private static double dot(float[] a, int from, float[] b, int n) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += (double) a[from + k] * b[k];
            s1 += (double) a[from + k + 1] * b[k + 1];
            s2 += (double) a[from + k + 2] * b[k + 2];
            s3 += (double) a[from + k + 3] * b[k + 3];
        }
        for (; k < n; k++) {
            s0 += (double) a[from + k] * b[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The running tuning estimate, semitones in [-0.5, 0.5); 0 until a spectral peak has been seen. */
    public double tuningSemitones() {
        return tuning.tuningSemitones();
    }

    /** The largest pitch-class energy {@code max(e)} of the last frame (before normalization). */
    public double lastMaxEnergy() {
        return maxEnergy;
    }

    /** Forgets the tuning estimate. */
    public void reset() {
        tuning.reset();
        maxEnergy = 0.0;
        if (tuning.estimateBin() != filterTuningBin) {
            rebuildFilter(tuning.estimateBin());
        }
    }

    /** The weight of bin {@code k} for pitch class {@code p} in the current filter bank. */
    float weight(int p, int k) {
        return filter[p * spectrumSize + k];
    }

    private void rebuildFilter(int tuningBin) {
        double reference = 440.0 * Math.pow(2, TuningEstimator.semitonesOf(tuningBin) / 12) / 16;
        for (int k = 1; k <= spectrumSize; k++) {
            frequencyBins[k] = PITCH_CLASSES * Math.log(k * binWidthHz / reference) / Math.log(2);
        }
        frequencyBins[0] = frequencyBins[1] - 1.5 * PITCH_CLASSES;
        for (int k = 0; k < spectrumSize; k++) {
            double q = frequencyBins[k];
            double width = Math.max(frequencyBins[k + 1] - q, 1.0);
            double norm = 0.0;
            for (int p = 0; p < PITCH_CLASSES; p++) {
                double d = q - (p + 3);
                d -= PITCH_CLASSES * Math.floor((d + PITCH_CLASSES / 2.0) / PITCH_CLASSES);
                double bump = Math.exp(-0.5 * Math.pow(2 * d / width, 2));
                filter[p * spectrumSize + k] = (float) bump;
                norm += bump * bump;
            }
            double octave = (q / PITCH_CLASSES - centreOctave) / octaveWidth;
            double scale = Math.exp(-0.5 * octave * octave) / Math.sqrt(norm);
            for (int p = 0; p < PITCH_CLASSES; p++) {
                filter[p * spectrumSize + k] *= (float) scale;
            }
        }
        filterTuningBin = tuningBin;
    }
}
