package io.segue.extractors.internal.chroma;

import io.segue.api.feature.AnalysisFormat;
import java.util.Arrays;
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
 * <li>{@code e[p] = sum_k W[p][k] m[k]^2} (power, in double precision) over the weights that matter: of each bin's 12
 * weights those below {@value #SPARSE_SHARE} of the bin's largest are left out (they change a chroma value by
 * less than 0.1 %, and leaving them out makes the sum about three times faster); the chroma is {@code e[p] / max(e)},
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

    /** A bin's weight for a pitch class counts when it is at least this share of the bin's largest weight. */
    static final double SPARSE_SHARE = 1e-3;

    private final int spectrumSize;
    private final double binWidthHz;
    private final double centreOctave;
    private final double octaveWidth;
    private final TuningEstimator tuning;
    private final float[] filter;
    /** The weights that count, by bin: bin k's are entries entryStart[k] .. entryStart[k + 1). */
    private final int[] entryStart;
    private final byte[] entryPitch;
    private final float[] entryWeight;
    private final double[] frequencyBins;
    private final double[] energies = new double[PITCH_CLASSES];
    private int filterTuningBin = Integer.MIN_VALUE;

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
        this.entryStart = new int[spectrumSize + 1];
        this.entryPitch = new byte[PITCH_CLASSES * spectrumSize];
        this.entryWeight = new float[PITCH_CLASSES * spectrumSize];
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
        Arrays.fill(energies, 0.0);
        for (int k = 0; k < spectrumSize; k++) {
            double power = (double) magnitudes[k] * magnitudes[k];
            for (int e = entryStart[k], end = entryStart[k + 1]; e < end; e++) {
                energies[entryPitch[e]] += entryWeight[e] * power;
            }
        }
        double max = 0.0;
        for (int p = 0; p < PITCH_CLASSES; p++) {
            max = Math.max(max, energies[p]);
        }
        for (int p = 0; p < PITCH_CLASSES; p++) {
            chroma[offset + p] = max < SILENCE_ENERGY ? 0f : (float) (energies[p] / max);
        }
    }

    /** The running tuning estimate, semitones in [-0.5, 0.5); 0 until a spectral peak has been seen. */
    public double tuningSemitones() {
        return tuning.tuningSemitones();
    }

    /** Forgets the tuning estimate. */
    public void reset() {
        tuning.reset();
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
        int entries = 0;
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
            float largest = 0f;
            for (int p = 0; p < PITCH_CLASSES; p++) {
                filter[p * spectrumSize + k] *= (float) scale;
                largest = Math.max(largest, filter[p * spectrumSize + k]);
            }
            entryStart[k] = entries;
            for (int p = 0; p < PITCH_CLASSES; p++) {
                float w = filter[p * spectrumSize + k];
                if (w > 0f && w >= SPARSE_SHARE * largest) {
                    entryPitch[entries] = (byte) p;
                    entryWeight[entries++] = w;
                }
            }
        }
        entryStart[spectrumSize] = entries;
        filterTuningBin = tuningBin;
    }
}
