package io.segue.predictor.harmony.internal.chord;

import java.util.Arrays;

/**
 * Names the triad a beat's chroma sounds: template matching over the 24 {@link Chords}.
 *
 * <p>Definition, for a beat's mean chroma {@code x} (12 values, C first, from the power spectrum):
 * <ol>
 * <li>compression {@code y = sqrt(x)}, back from power towards amplitude, so that one loud note does not outvote the
 * other two;</li>
 * <li>each chord's template {@code t} holds its three notes with their first {@value #HARMONICS} harmonics, harmonic
 * {@code h} weighing {@value #HARMONIC_DECAY}{@code ^(h-1)} on its pitch class (after Gómez): a saw, organ or piano
 * chord also sounds the fifth above each note (3rd harmonic) and the major third two octaves up (5th), which plain
 * 0/1 templates would take for other chords;</li>
 * <li>the score is Pearson's correlation of {@code y} with {@code t}; the best chord wins, its score is the match's
 * confidence (clamped to 0..1). A chroma with no energy has no chord.</li>
 * </ol>
 * Allocates nothing after construction.
 */
public final class ChordMatcher {

    /** Harmonics per note in the templates. */
    static final int HARMONICS = 6;

    /** The weight of each next harmonic relative to the one below. */
    static final double HARMONIC_DECAY = 0.6;

    private static final double SILENT = 1e-9;

    private final double[][] templates = new double[Chords.COUNT][Chords.PITCH_CLASSES];
    private final double[] compressed = new double[Chords.PITCH_CLASSES];
    private final double[] scores = new double[Chords.COUNT];

    public ChordMatcher() {
        for (int c = 0; c < Chords.COUNT; c++) {
            int root = Chords.root(c);
            int[] notes = {root, root + (Chords.isMinor(c) ? 3 : 4), root + 7};
            for (int note : notes) {
                double weight = 1.0;
                for (int h = 1; h <= HARMONICS; h++) {
                    int pitchClass = Math.floorMod(note + (int) Math.round(12 * Math.log(h) / Math.log(2)), 12);
                    templates[c][pitchClass] += weight;
                    weight *= HARMONIC_DECAY;
                }
            }
            centre(templates[c]);
        }
    }

    /**
     * Scores every chord against {@code chroma}; {@link #score(int)} then reads them.
     *
     * @return the best chord, or -1 when the chroma has no energy
     */
    public int match(double[] chroma) {
        double sum = 0;
        for (int p = 0; p < Chords.PITCH_CLASSES; p++) {
            compressed[p] = Math.sqrt(Math.max(0.0, chroma[p]));
            sum += compressed[p];
        }
        if (!(sum > SILENT)) {
            Arrays.fill(scores, 0.0);
            return -1;
        }
        centre(compressed);
        double norm = Math.sqrt(dot(compressed, compressed));
        int best = -1;
        for (int c = 0; c < Chords.COUNT; c++) {
            double t = Math.sqrt(dot(templates[c], templates[c]));
            scores[c] = norm > SILENT ? dot(compressed, templates[c]) / (norm * t) : 0.0;
            if (best < 0 || scores[c] > scores[best]) {
                best = c;
            }
        }
        return norm > SILENT ? best : -1;
    }

    /** The correlation of the last matched chroma with {@code chord}'s template, -1..1. */
    public double score(int chord) {
        return scores[chord];
    }

    private static void centre(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        for (int i = 0; i < v.length; i++) {
            v[i] -= mean;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
