package io.segue.extractors.internal.key;

import io.segue.api.feature.AnalysisFormat;
import io.segue.extractors.internal.chroma.PeakChroma;
import java.util.Arrays;
import java.util.Objects;

/**
 * The musical key of a stream: the average chroma of its tonal frames correlated with 24 key templates, over a
 * sliding window and over everything since creation or {@link #reset()} ("so far").
 *
 * <p><b>Chroma.</b> Each frame's chroma is a {@link PeakChroma}: only the spectrum's <i>tonal peaks</i> count, bins
 * between 100 Hz and 5 kHz that are local maxima standing at least 10 dB above the geometric mean of the magnitudes
 * within 300 Hz either side, each added (power times {@code cos^2} of its distance from the semitone grid, at the
 * running tuning) to its nearest pitch class. Drums and noise are broadband: few of their bins stand 10 dB above
 * their neighbourhood (a Gaussian noise bin with probability 0.4 %, holding about 2 % of the noise's power), so a
 * kick, a snare's noise and hi-hats add little while the partials of sustained notes pass whole; the 100 Hz floor
 * leaves out the pitched tail and most of the pitch sweep of kick drums (a bass note's second harmonic still
 * carries its pitch class). The octave weighting is centred on octave 3.5 above A0 (311 Hz) with a half-width of
 * 1.5 octaves, instead of librosa's 5 and 2 (880 Hz): it weights the fundamentals of chord notes and the low
 * partials of the bass (roughly 100 Hz to 1.2 kHz) over their upper partials, which put energy on the fifth
 * (3rd and 6th harmonics) and the major third (5th harmonic) of every note. The {@code chroma} extractor's
 * {@link io.segue.extractors.internal.chroma.Chroma} (librosa's definition, every bin) is not used: on music with
 * drums its average is nearly flat (the kick's sweep and the hats light every pitch class).
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
 * <li>with {@code e} the frame's peak energies and {@code share = sum(e) / P} their share of the frame's
 * octave-weighted power {@code P} in 100 Hz..5 kHz (peaks or not), the frame is <i>tonal</i> when the RMS of its
 * samples is at least -60 dBFS and {@code share >= 0.1} (white and pink noise: about 0.01 on average, under 0.1 in at
 * least 98 % of frames; chords 0.5..0.6, with drums 3 dB louder 0.2..0.5); a tonal frame adds the chroma
 * {@code e[p] / max(e) * share}: the peak profile scaled by how tonal the frame is, so that a frame dominated by a
 * drum hit counts little however clean its few peaks;</li>
 * <li>frames are grouped into slots of {@code max(1, round(0.1 s * framesPerSecond))} frames; the window is the
 * last {@code ceil(windowSeconds * framesPerSecond / slotFrames)} complete slots, kept in a ring with running
 * sums of their tonal chroma and tonal frame counts (the sums are recomputed from the ring each time it wraps, so
 * no rounding accumulates); the file sums add every tonal frame since creation or reset;</li>
 * <li>for each of the two sums, a key is reported only when (a) at least as many frames have been seen since
 * creation or reset as the pipeline makes of {@code windowSeconds} of audio, {@code min(slots * slotFrames,
 * floor((windowSeconds * sampleRateHz - windowSize) / hopSize) + 1)} (a stream or file shorter than the window
 * has no key, one exactly as long has; until the ring is full the window sums hold every completed slot), (b) at
 * least a quarter of a window's frames were tonal (in the window, respectively so far), (c) the summed chroma has contrast
 * {@code (max - min) / max >= 0.25} (against noise, whose rare peaks fall on every pitch class alike), and (d) it
 * spans at least 3 effective pitch classes, {@link #pitchClasses} {@code (sum c)^2 / sum c^2 >= 3} (a key needs
 * more than one note: drums alone, whose peaks are a snare's tone and what is left of a kick's sweep, give
 * 1.0..1.5, the test progressions with or without drums at least 4.3);</li>
 * <li>then the key is the template with the largest Pearson correlation {@code r} with the summed chroma, and the
 * strength is {@code r} clamped to [0, 1]; a best {@code r <= 0} also gives none. None is NaN with strength 0.</li>
 * </ol>
 * Keys are {@link io.segue.api.feature.MusicalKey#index()} values: 0..11 major on C..B, 12..23 minor. The window
 * counts frames, not samples: a gap in the stream shortens nothing and is not filled. State is bounded by the
 * window: {@code 12 * slots} floats, plus the peak chroma's per-bin tables; {@link #process} allocates nothing.
 */
public final class KeyEstimator {

    /**
     * The method's parameters in one place; {@link #DEFAULTS} is the method.
     *
     * @param major            major profile, tonic first
     * @param minor            minor profile, tonic first
     * @param harmonics        harmonics per note in the templates (1 = the profile itself)
     * @param slope            amplitude ratio of consecutive harmonics in the templates
     * @param centreOctave     centre of the chroma's octave weighting, octaves above A0
     * @param octaveWidth      its half-width in octaves
     * @param levelFloorDbfs   a frame below this RMS is not tonal
     * @param minHz            the lowest tonal peak
     * @param maxHz            the highest tonal peak
     * @param halfWidthHz      the half-width of the neighbourhood a peak stands above
     * @param thresholdDb      how far above it
     * @param minShare         a frame whose peaks hold less than this share of its weighted power is not tonal
     * @param minContrast      a chroma sum below this contrast has no key
     * @param minPitchClasses  a chroma sum with fewer effective pitch classes has no key
     * @param minTonalFraction the fraction of a window's frames that must be tonal for a key
     */
    record Options(double[] major, double[] minor, int harmonics, double slope, double centreOctave,
            double octaveWidth, double levelFloorDbfs, double minHz, double maxHz, double halfWidthHz,
            double thresholdDb, double minShare, double minContrast, double minPitchClasses,
            double minTonalFraction) {
    }

    static final Options DEFAULTS = new Options(KeyProfiles.KRUMHANSL_MAJOR, KeyProfiles.KRUMHANSL_MINOR, 4, 0.6, 3.5,
            1.5, -60, 100, 5000, 300, 10, 0.1, 0.25, 3, 0.25);

    /** The duration of one slot of the window's ring. */
    static final double SLOT_SECONDS = 0.1;


    private final Options options;
    private final PeakChroma chroma;
    private final double[] energies = new double[12];
    private final double[][] templates = new double[24][12];
    private final int slotFrames;
    private final int slots;
    private final long windowFrames;
    private final long requiredFrames;
    private final double levelFloor;

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
        this.chroma = new PeakChroma(format, options.minHz(), options.maxHz(), options.halfWidthHz(),
                options.thresholdDb(), options.centreOctave(), options.octaveWidth());
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
        long framesOfWindow = (long) Math.floor((windowSeconds * format.sampleRateHz() - format.windowSize())
                / format.hopSize()) + 1;
        this.requiredFrames = Math.max(1, Math.min(windowFrames, framesOfWindow));
        this.ring = new float[slots * 12];
        this.ringTonal = new int[slots];
        this.levelFloor = Math.pow(10, options.levelFloorDbfs() / 20);
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

    /** The number of frames before a key can be reported: the frames of {@code windowSeconds} of audio. */
    long requiredFrames() {
        return requiredFrames;
    }

    /**
     * Adds one frame and updates the four results. Allocates nothing.
     *
     * @param samples    the frame's {@code windowSize} samples
     * @param magnitudes its {@code windowSize / 2 + 1} Hann magnitudes
     */
    public void process(float[] samples, float[] magnitudes) {
        chroma.process(magnitudes, energies);
        framesSeen++;
        if (isTonal(samples) && frameChroma()) {
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
        boolean full = framesSeen >= requiredFrames;
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

    /** Whether the frame is loud enough (rule 1). */
    boolean isTonal(float[] samples) {
        double energy = 0;
        for (float x : samples) {
            energy += x * x;
        }
        return Math.sqrt(energy / samples.length) >= levelFloor;
    }

    /** Writes the frame's chroma from the peak energies; false when the frame has no tonal peak. */
    private boolean frameChroma() {
        double max = 0.0;
        double total = 0.0;
        for (int p = 0; p < 12; p++) {
            max = Math.max(max, energies[p]);
            total += energies[p];
        }
        double power = Math.max(chroma.lastWeightedPower(), total);
        if (!(max > 0.0) || total < options.minShare() * power) {
            return false;
        }
        // the frame's chroma at its peak-share of the frame: a tonal frame weighs more than one under drums
        double scale = total / power / max;
        for (int p = 0; p < 12; p++) {
            frameChroma[p] = (float) (energies[p] * scale);
        }
        return true;
    }

    private void decide(boolean enough, double[] sum, boolean file) {
        int best = -1;
        double bestR = 0.0;
        if (enough && contrast(sum) >= options.minContrast() && pitchClasses(sum) >= options.minPitchClasses()) {
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

    /**
     * The effective number of pitch classes of a chroma sum, {@code (sum c)^2 / sum c^2}: 1 for a single pitch class,
     * {@code n} for {@code n} equal ones, 12 for a flat chroma; 0 for an all-zero sum.
     */
    static double pitchClasses(double[] sum) {
        double total = 0.0;
        double squares = 0.0;
        for (double v : sum) {
            total += v;
            squares += v * v;
        }
        return squares > 0.0 ? total * total / squares : 0.0;
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
