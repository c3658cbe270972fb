package io.segue.predictor.harmony.internal.key;

import io.segue.predictor.harmony.internal.chord.Chords;
import java.util.Arrays;

/**
 * Follows the key beat by beat, fast enough to report a modulation within two bars: the key extractor's window
 * (30 s by default) is for the whole track, not for a change of key.
 *
 * <p>Definition, per beat with mean chroma {@code x} and chord {@code c} (or none):
 * <ol>
 * <li>the beat's evidence for key {@code k} is {@value #PROFILE_WEIGHT}{@code  corr(sqrt(x), profile_k) + chordFit(k, c)}: the Pearson
 * correlation with the Krumhansl-Kessler probe-tone profile of {@code k} (the tonic and the bass weigh in) plus how
 * well the chord sits in {@code k} ({@link #chordFit}: the tonic triad 0.8, the other diatonic triads 0.5..0.7
 * (in minor the major dominant too), a triad with a note outside the key {@value #OUTSIDE}: one F♯ major chord is
 * strong evidence against C major);</li>
 * <li>each key's running score is {@code s_k = decay * s_k + evidence_k} with {@code decay = }{@value #DECAY} per
 * beat (a memory of about ten beats), plus {@value #EXTERNAL_WEIGHT}{@code  * strength} for the key the key extractor
 * reports, if any; no key falls more than {@value #MAX_GAP} below the best, so that a long stay in one key does not make the
 * next one wait (a modulation is to be reported within two bars);</li>
 * <li>the first key is taken after {@value #FIRST_KEY_BEATS} beats with a chord; afterwards the best-scoring key
 * replaces the current one once it has led it by at least {@value #MARGIN}, and every other key by
 * {@value #RIVAL_MARGIN} (G major and D major both fit D-G: wait for the A), for {@value #CONFIRM_BEATS} beats in a
 * row.
 * The change is dated to the first beat of that lead.</li>
 * </ol>
 */
public final class KeyTracker {

    static final double DECAY = 0.9;
    static final double MARGIN = 1.5;
    static final int CONFIRM_BEATS = 2;
    static final int FIRST_KEY_BEATS = 4;
    static final double OUTSIDE = -1.5;
    static final double PROFILE_WEIGHT = 0.3;
    static final double MAX_GAP = 3.0;
    static final double RIVAL_MARGIN = 0.5;
    static final double EXTERNAL_WEIGHT = 0.3;

    private static final double[] MAJOR_PROFILE = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29,
        2.88};
    private static final double[] MINOR_PROFILE = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34,
        3.17};
    /** chordFit by the chord's relative index (interval of its root above the tonic, +12 if minor): major keys. */
    private static final double[] MAJOR_FIT = new double[Chords.COUNT];
    private static final double[] MINOR_FIT = new double[Chords.COUNT];

    static {
        Arrays.fill(MAJOR_FIT, OUTSIDE);
        Arrays.fill(MINOR_FIT, OUTSIDE);
        MAJOR_FIT[Chords.of(0, false)] = 0.8;
        MAJOR_FIT[Chords.of(7, false)] = 0.7;
        MAJOR_FIT[Chords.of(5, false)] = 0.65;
        MAJOR_FIT[Chords.of(9, true)] = 0.6;
        MAJOR_FIT[Chords.of(2, true)] = 0.55;
        MAJOR_FIT[Chords.of(4, true)] = 0.5;
        MINOR_FIT[Chords.of(0, true)] = 0.8;
        MINOR_FIT[Chords.of(7, false)] = 0.7;
        MINOR_FIT[Chords.of(5, true)] = 0.65;
        MINOR_FIT[Chords.of(8, false)] = 0.6;
        MINOR_FIT[Chords.of(7, true)] = 0.55;
        MINOR_FIT[Chords.of(3, false)] = 0.55;
        MINOR_FIT[Chords.of(10, false)] = 0.55;
    }

    private final double[][] profiles = new double[24][12];
    private final double[] scores = new double[24];
    private final double[] compressed = new double[12];
    private int key = -1;
    private int beatsWithChord;
    private int challenger = -1;
    private int challengerBeats;
    private double challengerSince = Double.NaN;

    /** A change of key: the new key's index and the stream time it is dated to. */
    public record KeyChange(int key, double sinceSeconds, double confidence) {
    }

    public KeyTracker() {
        for (int k = 0; k < 24; k++) {
            double[] profile = k < 12 ? MAJOR_PROFILE : MINOR_PROFILE;
            for (int p = 0; p < 12; p++) {
                profiles[k][Math.floorMod(k + p, 12)] = profile[p];
            }
            centre(profiles[k]);
        }
    }

    /** How well {@code chord} sits in key {@code key} (both as indices 0..23). */
    public static double chordFit(int key, int chord) {
        int relative = Chords.relative(chord, key % 12);
        return key >= 12 ? MINOR_FIT[relative] : MAJOR_FIT[relative];
    }

    /**
     * Takes in one beat.
     *
     * @param beatSeconds     the beat's start
     * @param chroma          its mean chroma
     * @param chord           its chord, -1 for none
     * @param externalKey     the key extractor's key (0..23), -1 for none
     * @param externalStrength that key's strength, 0..1
     * @return the change of key this beat confirms, or null
     */
    public KeyChange observe(double beatSeconds, double[] chroma, int chord, int externalKey,
            double externalStrength) {
        if (chord < 0) {
            return null;
        }
        beatsWithChord++;
        double mean = 0;
        for (int p = 0; p < 12; p++) {
            compressed[p] = Math.sqrt(Math.max(0, chroma[p]));
            mean += compressed[p] / 12;
        }
        double norm = 0;
        for (int p = 0; p < 12; p++) {
            compressed[p] -= mean;
            norm += compressed[p] * compressed[p];
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < 24; k++) {
            double correlation = 0;
            double profileNorm = 0;
            for (int p = 0; p < 12; p++) {
                correlation += compressed[p] * profiles[k][p];
                profileNorm += profiles[k][p] * profiles[k][p];
            }
            correlation = norm > 0 ? correlation / (norm * Math.sqrt(profileNorm)) : 0;
            double external = k == externalKey ? EXTERNAL_WEIGHT * externalStrength : 0;
            scores[k] = DECAY * scores[k] + PROFILE_WEIGHT * correlation + chordFit(k, chord) + external;
        }
        int best = 0;
        for (int k = 1; k < 24; k++) {
            if (scores[k] > scores[best]) {
                best = k;
            }
        }
        for (int k = 0; k < 24; k++) {
            scores[k] = Math.max(scores[k], scores[best] - MAX_GAP);
        }
        if (key < 0) {
            if (beatsWithChord >= FIRST_KEY_BEATS) {
                key = best;
                return new KeyChange(best, beatSeconds, confidence(best));
            }
            return null;
        }
        if (best == key || scores[best] - scores[key] < MARGIN || scores[best] - runnerUp(best, key) < RIVAL_MARGIN) {
            challenger = -1;
            challengerBeats = 0;
            return null;
        }
        if (best != challenger) {
            challenger = best;
            challengerBeats = 0;
            challengerSince = beatSeconds;
        }
        if (++challengerBeats >= CONFIRM_BEATS) {
            key = best;
            challenger = -1;
            challengerBeats = 0;
            return new KeyChange(best, challengerSince, confidence(best));
        }
        return null;
    }

    /** The current key (0..23), -1 before the first. */
    public int key() {
        return key;
    }

    public void reset() {
        Arrays.fill(scores, 0);
        key = -1;
        beatsWithChord = 0;
        challenger = -1;
        challengerBeats = 0;
        challengerSince = Double.NaN;
    }

    /** The best score among the keys other than {@code best} and {@code current}. */
    private double runnerUp(int best, int current) {
        double second = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 24; k++) {
            if (k != best && k != current) {
                second = Math.max(second, scores[k]);
            }
        }
        return second;
    }

    /** The key's lead over the runner-up, as 0..1: a lead of two beats' full evidence is certain. */
    private double confidence(int k) {
        double second = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < 24; j++) {
            if (j != k) {
                second = Math.max(second, scores[j]);
            }
        }
        return Math.max(0, Math.min(1, (scores[k] - second) / 4.0));
    }

    private static void centre(double[] v) {
        double mean = Arrays.stream(v).average().orElse(0);
        for (int i = 0; i < v.length; i++) {
            v[i] -= mean;
        }
    }
}
