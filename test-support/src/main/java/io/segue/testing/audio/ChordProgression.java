package io.segue.testing.audio;

import java.util.Arrays;

/**
 * A diatonic chord progression in any of the 24 major and minor keys, rendered with a {@link Timbre}: test material
 * for key and chord finders. Deterministic.
 *
 * <p>The progression is two four-chord phrases, {@value #CHORD_SECONDS} s per chord (16 s in all):
 * <ul>
 * <li>major: I-IV-V-I, then I-vi-IV-V;</li>
 * <li>natural minor: i-iv-v-i, then i-VI-III-VII (the same pitch classes as the relative major: only the weight
 * of the tonic tells them apart).</li>
 * </ul>
 * Each chord is a triad in a middle register (the lowest voice between MIDI 52 and 67, E3..G4), voice-led: each
 * chord takes the inversion and octave whose sorted notes move least (sum of semitones) from the previous chord's;
 * the first chord is in root position with its root in MIDI 55..66. Under it a bass voice plays the chord's root in
 * MIDI 36..47 (C2..B2). Voices sound at amplitude 0.12, the bass at 0.18; the whole is then scaled to a peak of
 * 0.8.
 */
public final class ChordProgression {

    /** The length of each chord. */
    public static final double CHORD_SECONDS = 2.0;

    /** Chords in the progression. */
    public static final int CHORDS = 8;

    private static final int[] MAJOR_ROOTS = {0, 5, 7, 0, 0, 9, 5, 7};
    private static final boolean[] MAJOR_MINOR_CHORDS = {false, false, false, false, false, true, false, false};
    private static final int[] MINOR_ROOTS = {0, 5, 7, 0, 0, 8, 3, 10};
    private static final boolean[] MINOR_MINOR_CHORDS = {true, true, true, true, true, false, false, false};

    private ChordProgression() {
    }

    /** The equal-tempered frequency of MIDI note {@code midi} with A4 = 69 at {@code a4Hz}. */
    public static double midiToHz(double midi, double a4Hz) {
        return a4Hz * Math.pow(2, (midi - 69) / 12.0);
    }

    /**
     * The MIDI notes of each chord: {@code [chord][0]} is the bass, {@code [chord][1..3]} the triad, ascending.
     *
     * @param tonic pitch class of the key's tonic, 0 = C .. 11 = B
     * @param minor natural minor instead of major
     */
    public static int[][] notes(int tonic, boolean minor) {
        int t = Math.floorMod(tonic, 12);
        int[] roots = minor ? MINOR_ROOTS : MAJOR_ROOTS;
        boolean[] minorChords = minor ? MINOR_MINOR_CHORDS : MAJOR_MINOR_CHORDS;
        int[][] chords = new int[CHORDS][];
        int[] previous = null;
        for (int c = 0; c < CHORDS; c++) {
            int root = Math.floorMod(t + roots[c], 12);
            int[] triad = {root, root + (minorChords[c] ? 3 : 4), root + 7};
            int[] voicing = previous == null ? firstVoicing(triad) : closestVoicing(triad, previous);
            chords[c] = new int[] {36 + root, voicing[0], voicing[1], voicing[2]};
            previous = voicing;
        }
        return chords;
    }

    /** The progression at A4 = 440 Hz. */
    public static float[] render(int tonic, boolean minor, Timbre timbre, int sampleRateHz) {
        return render(tonic, minor, timbre, sampleRateHz, 440.0);
    }

    /**
     * The progression, {@code CHORDS * CHORD_SECONDS} seconds at {@code sampleRateHz}, tuned to {@code a4Hz}.
     */
    public static float[] render(int tonic, boolean minor, Timbre timbre, int sampleRateHz, double a4Hz) {
        int chordSamples = (int) Math.round(CHORD_SECONDS * sampleRateHz);
        float[] out = new float[CHORDS * chordSamples];
        int[][] chords = notes(tonic, minor);
        for (int c = 0; c < CHORDS; c++) {
            int from = c * chordSamples;
            int to = from + chordSamples;
            timbre.addNote(out, from, to, midiToHz(chords[c][0], a4Hz), 0.18, sampleRateHz);
            for (int v = 1; v < chords[c].length; v++) {
                timbre.addNote(out, from, to, midiToHz(chords[c][v], a4Hz), 0.12, sampleRateHz);
            }
        }
        float peak = 0f;
        for (float x : out) {
            peak = Math.max(peak, Math.abs(x));
        }
        if (peak > 0f) {
            float gain = 0.8f / peak;
            for (int i = 0; i < out.length; i++) {
                out[i] *= gain;
            }
        }
        return out;
    }

    private static int[] firstVoicing(int[] triad) {
        int root = 55 + Math.floorMod(triad[0] - 55, 12);
        return new int[] {root, root + triad[1] - triad[0], root + triad[2] - triad[0]};
    }

    private static int[] closestVoicing(int[] triad, int[] previous) {
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int inversion = 0; inversion < 3; inversion++) {
            int[] pitchClasses = new int[3];
            for (int v = 0; v < 3; v++) {
                pitchClasses[v] = Math.floorMod(triad[(inversion + v) % 3], 12);
            }
            for (int low = 52; low <= 67; low++) {
                if (Math.floorMod(low, 12) != pitchClasses[0]) {
                    continue;
                }
                int[] candidate = new int[3];
                candidate[0] = low;
                for (int v = 1; v < 3; v++) {
                    candidate[v] = candidate[v - 1] + Math.floorMod(pitchClasses[v] - candidate[v - 1], 12);
                }
                int distance = 0;
                for (int v = 0; v < 3; v++) {
                    distance += Math.abs(candidate[v] - previous[v]);
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = candidate;
                }
            }
        }
        return Arrays.copyOf(best, 3);
    }
}
