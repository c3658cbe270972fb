package io.segue.extractors.internal.key;

import io.segue.api.feature.AnalysisFormat;
import io.segue.extractors.internal.chroma.Chroma;
import io.segue.extractors.internal.flatness.SpectralFlatness;
import java.util.Arrays;
import java.util.Objects;

/**
 * The musical key of a stream: the average chroma of its tonal frames correlated with 24 key templates, over a
 * sliding window and over everything since creation or {@link #reset()} ("so far").
 *
 * <p><b>Chroma.</b> Each frame's chroma is a {@link Chroma} (running tuning estimation, power spectrum, max
 * normalized) whose octave weighting is centred on octave 3.5 above A0 (311 Hz) with a half-width of 1.5 octaves,
 * instead of librosa's 5 and 2 (880 Hz): it weights the fundamentals of bass and chord notes (roughly 80 Hz to
 * 1.2 kHz) over their upper partials, which put energy on the fifth (3rd and 6th harmonics) and the major third
 * (5th harmonic) of every note.
 *
 * <p><b>Templates.</b> The Krumhansl-Kessler probe-tone profiles, each made harmonic as Gómez (2006) does for HPCP:
 * every pitch class of the profile contributes its first 4 harmonics at amplitudes {@code 0.6^(h-1)} to the pitch
 * classes they fall on ({@link KeyProfiles#harmonicTemplate}), so that the template predicts the fifths and thirds
 * the harmonics of real instruments add instead of reading them as evidence for the dominant or subdominant key.
 * Chosen by measurement on 24 keys x 5 harmonic-rich timbres ({@code docs/features/tonal.md}): with this pair every
 * file key was exact and the gap between the true key's correlation and the runner-up's was the largest of the
 * variants tried (Temperley's Kostka-Payne profiles, with and without harmonics, and librosa's weighting); on
 * material whose pitch content cannot tell a key from its relative (I-vi-IV-V against i-VI-III-VII) it only ever
 * confused relatives, never fifths, where Temperley's profiles with harmonics chose fifths and thirds.
 *
 * <p><b>Definition.</b> Per frame:
 * <ol>
 * <li>the frame is <i>tonal</i> when the RMS of its samples is at least -60 dBFS and the spectral flatness
 * (geometric over arithmetic mean of the power {@code m[k]^2}) between 100 Hz and 5 kHz is below 0.2 (white noise
 * reads about 0.56, pink noise 0.25..0.45, sustained chords below 0.1); only tonal frames add their chroma;</li>
 * <li>frames are grouped into slots of {@code max(1, round(0.1 s * framesPerSecond))} frames; the window is the
 * last {@code ceil(windowSeconds * framesPerSecond / slotFrames)} complete slots, kept in a ring with running
 * sums of their tonal chroma and tonal frame counts (the sums are recomputed from the ring each time it wraps, so
 * no rounding accumulates); the file sums add every tonal frame since creation or reset;</li>
 * <li>for each of the two sums, a key is reported only when (a) at least one whole window of frames has been seen
 * since creation or reset (a stream or file shorter than the window has no key), (b) at least a quarter of a
 * window's frames were tonal (in the window, respectively so far), and (c) the summed chroma has contrast
 * {@code (max - min) / max >= 0.25} (averaged noise chroma is nearly flat: white noise reads about 0.03, pink
 * noise 0.04..0.12, the coarser the spectrum the more; the test progressions at least 0.52 with 10.8 Hz bins and
 * 0.27 with 21.5 Hz bins, whose low notes blur);</li>
 * <li>then the key is the template with the largest Pearson correlation {@code r} with the summed chroma, and the
 * strength is {@code r} clamped to [0, 1]; a best {@code r <= 0} also gives none. None is NaN with strength 0.</li>
 * </ol>
 * Keys are {@link io.segue.api.feature.MusicalKey#index()} values: 0..11 major on C..B, 12..23 minor. The window
 * counts frames, not samples: a gap in the stream shortens nothing and is not filled. State is bounded by the
 * window: {@code 12 * slots} floats; {@link #process} allocates nothing.
 */
public final class KeyEstimator {

    /**
     * The method's parameters, so that tests can compare variants; {@link #DEFAULTS} is the method.
     *
     * @param major            major profile, tonic first
     * @param minor            minor profile, tonic first
     * @param harmonics        harmonics per note in the templates (1 = the profile itself)
     * @param slope            amplitude ratio of consecutive harmonics in the templates
     * @param centreOctave     centre of the chroma's octave weighting, octaves above A0
     * @param octaveWidth      its half-width in octaves
     * @param levelFloorDbfs   a frame below this RMS is not tonal
     * @param maxFlatness      a frame at or above this spectral flatness is not tonal
     * @param minContrast      a chroma sum below this contrast has no key
     * @param minTonalFraction the fraction of a window's frames that must be tonal for a key
     */
    record Options(double[] major, double[] minor, int harmonics, double slope, double centreOctave,
            double octaveWidth, double levelFloorDbfs, double maxFlatness, double minContrast,
            double minTonalFraction) {
    }

    static final Options DEFAULTS = new Options(KeyProfiles.KRUMHANSL_MAJOR, KeyProfiles.KRUMHANSL_MINOR, 4, 0.6, 3.5,
            1.5, -60, 0.2, 0.25, 0.25);

    /** The duration of one slot of the window's ring. */
    static final double SLOT_SECONDS = 0.1;

    static final double FLATNESS_LOW_HZ = 100.0;
    static final double FLATNESS_HIGH_HZ = 5000.0;

    private final Options options;
    private final Chroma chroma;
    private final double[][] templates = new double[24][12];
    private final int slotFrames;
    private final int slots;
    private final long windowFrames;
    private final double levelFloor;
    private final int flatnessLow;
    private final int flatnessHigh;

    private final float[] frameChroma = new float[12];
    private final double[] slotSum = new double[12];
    private int slotTonal;
    private int slotFill;
    private final float[] ring;
    private final int[] ringTonal;
    private int ringNext;
    private final double[] windowSum = new double[12];
    private long windowTonal;
    private final double[] fileSum = new double[12];
    private long fileTonal;
    private long framesSeen;
    private final double[] centred = new double[12];
    private final double[] scores = new double[24];
    private final double[] fileScores = new double[24];

    private float windowKey = Float.NaN;
    private float windowStrength;
    private float fileKey = Float.NaN;
    private float fileStrength;

    public KeyEstimator(AnalysisFormat format, double windowSeconds) {
        this(format, windowSeconds, DEFAULTS);
    }

    KeyEstimator(AnalysisFormat format, double windowSeconds, Options options) {
        Objects.requireNonNull(format, "format");
        if (!(windowSeconds > 0) || !Double.isFinite(windowSeconds)) {
            throw new IllegalArgumentException("windowSeconds must be positive, was " + windowSeconds);
        }
        this.options = options;
        this.chroma = new Chroma(format, options.centreOctave(), options.octaveWidth());
        for (int tonic = 0; tonic < 12; tonic++) {
            fillTemplate(templates[tonic], tonic, KeyProfiles.harmonicTemplate(options.major(), options.harmonics(),
                    options.slope()));
            fillTemplate(templates[12 + tonic], tonic, KeyProfiles.harmonicTemplate(options.minor(),
                    options.harmonics(), options.slope()));
        }
        double fps = format.framesPerSecond();
        this.slotFrames = Math.max(1, (int) Math.round(SLOT_SECONDS * fps));
        this.slots = Math.max(1, (int) Math.ceil(windowSeconds * fps / slotFrames));
        this.windowFrames = (long) slots * slotFrames;
        this.ring = new float[slots * 12];
        this.ringTonal = new int[slots];
        this.levelFloor = Math.pow(10, options.levelFloorDbfs() / 20);
        int top = format.spectrumSize() - 1;
        this.flatnessLow = Math.min(top, Math.max(1, (int) Math.round(FLATNESS_LOW_HZ / format.binFrequencyHz(1))));
        this.flatnessHigh = Math.min(top, Math.max(flatnessLow,
                (int) Math.round(FLATNESS_HIGH_HZ / format.binFrequencyHz(1))));
        Arrays.fill(fileScores, Double.NaN);
    }

    private static void fillTemplate(double[] target, int tonic, double[] profile) {
        double mean = 0;
        for (double v : profile) {
            mean += v / 12;
        }
        double norm = 0;
        for (int i = 0; i < 12; i++) {
            double v = profile[i] - mean;
            target[(tonic + i) % 12] = v;
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < 12; i++) {
            target[i] /= norm;
        }
    }

    /** The number of frames the window spans (whole slots). */
    long windowFrames() {
        return windowFrames;
    }

    /**
     * Adds one frame and updates the four results. Allocates nothing.
     *
     * @param samples    the frame's {@code windowSize} samples
     * @param magnitudes its {@code windowSize / 2 + 1} Hann magnitudes
     */
    public void process(float[] samples, float[] magnitudes) {
        chroma.process(magnitudes, frameChroma, 0);
        framesSeen++;
        if (isTonal(samples, magnitudes)) {
            for (int p = 0; p < 12; p++) {
                slotSum[p] += frameChroma[p];
                fileSum[p] += frameChroma[p];
            }
            slotTonal++;
            fileTonal++;
        }
        if (++slotFill == slotFrames) {
            closeSlot();
        }
        boolean full = framesSeen >= windowFrames;
        double minTonal = options.minTonalFraction() * windowFrames;
        decide(full && windowTonal >= minTonal && windowTonal > 0, windowSum, false);
        decide(full && fileTonal >= minTonal && fileTonal > 0, fileSum, true);
    }

    private void closeSlot() {
        int base = ringNext * 12;
        for (int p = 0; p < 12; p++) {
            float stored = (float) slotSum[p];
            windowSum[p] += stored - ring[base + p];
            ring[base + p] = stored;
        }
        windowTonal += slotTonal - ringTonal[ringNext];
        ringTonal[ringNext] = slotTonal;
        ringNext = (ringNext + 1) % slots;
        if (ringNext == 0) {
            Arrays.fill(windowSum, 0.0);
            for (int s = 0; s < slots; s++) {
                for (int p = 0; p < 12; p++) {
                    windowSum[p] += ring[s * 12 + p];
                }
            }
        }
        Arrays.fill(slotSum, 0.0);
        slotTonal = 0;
        slotFill = 0;
    }

    /** Whether the frame is loud enough and not noise-flat (rule 1). */
    boolean isTonal(float[] samples, float[] magnitudes) {
        double energy = 0;
        for (float x : samples) {
            energy += x * x;
        }
        if (Math.sqrt(energy / samples.length) < levelFloor) {
            return false;
        }
        return flatness(magnitudes) < options.maxFlatness();
    }

    /** Spectral flatness (geometric over arithmetic mean) of the power between 100 Hz and 5 kHz. */
    double flatness(float[] magnitudes) {
        return SpectralFlatness.flatness(magnitudes, flatnessLow, flatnessHigh - flatnessLow + 1, 1e-30);
    }

    private void decide(boolean enough, double[] sum, boolean file) {
        int best = -1;
        double bestR = 0.0;
        if (enough && contrast(sum) >= options.minContrast()) {
            double mean = 0.0;
            for (int p = 0; p < 12; p++) {
                mean += sum[p] / 12;
            }
            double norm = 0.0;
            for (int p = 0; p < 12; p++) {
                centred[p] = sum[p] - mean;
                norm += centred[p] * centred[p];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < 24; k++) {
                double r = 0.0;
                for (int p = 0; p < 12; p++) {
                    r += centred[p] * templates[k][p];
                }
                scores[k] = r / norm;
                if (scores[k] > bestR) {
                    bestR = scores[k];
                    best = k;
                }
            }
        } else {
            Arrays.fill(scores, Double.NaN);
        }
        float key = best < 0 ? Float.NaN : best;
        float strength = best < 0 ? 0f : (float) Math.min(1.0, bestR);
        if (file) {
            System.arraycopy(scores, 0, fileScores, 0, 24);
            fileKey = key;
            fileStrength = strength;
        } else {
            windowKey = key;
            windowStrength = strength;
        }
    }

    /** The contrast {@code (max - min) / max} of a chroma sum; 0 for an all-zero sum. */
    static double contrast(double[] sum) {
        double max = 0.0;
        double min = Double.MAX_VALUE;
        for (double v : sum) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        return max > 0.0 ? (max - min) / max : 0.0;
    }

    /** The correlation of the file's summed chroma with each key's template (NaN when the file has no key). */
    double[] fileScores() {
        return fileScores.clone();
    }

    /** The tonal chroma summed since creation or reset. */
    double[] fileSum() {
        return fileSum.clone();
    }

    /** The key over the window: a key index 0..23, NaN for none. */
    public float windowKey() {
        return windowKey;
    }

    /** The best correlation over the window clamped to [0, 1]; 0 for none. */
    public float windowStrength() {
        return windowStrength;
    }

    /** The key over everything since creation or reset: a key index 0..23, NaN for none. */
    public float fileKey() {
        return fileKey;
    }

    /** The best correlation since creation or reset clamped to [0, 1]; 0 for none. */
    public float fileStrength() {
        return fileStrength;
    }

    /** The tuning estimate of the key's chroma, semitones in [-0.5, 0.5). */
    public double tuningSemitones() {
        return chroma.tuningSemitones();
    }

    /** Forgets every frame: the window, the file sums and the tuning estimate. */
    public void reset() {
        chroma.reset();
        Arrays.fill(slotSum, 0.0);
        Arrays.fill(ring, 0f);
        Arrays.fill(ringTonal, 0);
        Arrays.fill(windowSum, 0.0);
        Arrays.fill(fileSum, 0.0);
        Arrays.fill(fileScores, Double.NaN);
        slotTonal = 0;
        slotFill = 0;
        ringNext = 0;
        windowTonal = 0;
        fileTonal = 0;
        framesSeen = 0;
        windowKey = Float.NaN;
        windowStrength = 0f;
        fileKey = Float.NaN;
        fileStrength = 0f;
    }
}
