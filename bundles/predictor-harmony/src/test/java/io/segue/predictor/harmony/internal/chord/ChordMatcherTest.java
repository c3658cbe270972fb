package io.segue.predictor.harmony.internal.chord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChordMatcherTest {

    private final ChordMatcher matcher = new ChordMatcher();

    /** Power chroma of a triad whose notes carry harmonics 1..8 at 1/h amplitude (a sawtooth), max 1. */
    private static double[] sawTriad(int chord) {
        double[] chroma = new double[12];
        int root = Chords.root(chord);
        for (int note : new int[] {root, root + (Chords.isMinor(chord) ? 3 : 4), root + 7}) {
            for (int h = 1; h <= 8; h++) {
                int pitchClass = Math.floorMod(note + (int) Math.round(12 * Math.log(h) / Math.log(2)), 12);
                chroma[pitchClass] += 1.0 / (h * h);
            }
        }
        double max = Arrays.stream(chroma).max().orElseThrow();
        for (int p = 0; p < 12; p++) {
            chroma[p] /= max;
        }
        return chroma;
    }

    @Test
    void everyTriadIsFoundEvenWithItsHarmonics() {
        for (int c = 0; c < Chords.COUNT; c++) {
            assertEquals(Chords.label(c), Chords.label(matcher.match(sawTriad(c))));
            assertTrue(matcher.score(c) > 0.8, Chords.label(c) + " scores " + matcher.score(c));
        }
    }

    @Test
    void aMinorIsNotTakenForCMajor() {
        double[] chroma = new double[12];
        chroma[9] = 1; // A
        chroma[0] = 0.8; // C
        chroma[4] = 0.9; // E
        chroma[7] = 0.2; // G from the harmonics of C
        assertEquals("Am", Chords.label(matcher.match(chroma)));
        assertTrue(matcher.score(Chords.parse("Am")) > matcher.score(Chords.parse("C")));
    }

    @Test
    void noEnergyOrAFlatChromaIsNoChord() {
        assertEquals(-1, matcher.match(new double[12]));
        double[] flat = new double[12];
        Arrays.fill(flat, 0.5);
        assertEquals(-1, matcher.match(flat), "a flat chroma has no shape to match");
    }
}
