package io.segue.testing.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ChordProgressionTest {

    private static Set<Integer> pitchClasses(int[] chord, int from) {
        Set<Integer> out = new TreeSet<>();
        for (int i = from; i < chord.length; i++) {
            out.add(Math.floorMod(chord[i], 12));
        }
        return out;
    }

    @Test
    void cMajorIsOneFourFiveOneThenOneSixFourFive() {
        int[][] chords = ChordProgression.notes(0, false);
        assertArrayEquals(new int[] {36, 60, 64, 67}, chords[0], "C2 under C4 E4 G4");
        int[][] expected = {{0, 4, 7}, {5, 9, 0}, {7, 11, 2}, {0, 4, 7}, {0, 4, 7}, {9, 0, 4}, {5, 9, 0}, {7, 11, 2}};
        for (int c = 0; c < 8; c++) {
            assertEquals(Set.of(expected[c][0], expected[c][1], expected[c][2]), pitchClasses(chords[c], 1),
                    "chord " + c);
            assertEquals(expected[c][0], Math.floorMod(chords[c][0], 12), "bass of chord " + c);
        }
    }

    @Test
    void aMinorIsOneFourFiveOneThenOneSixThreeSeven() {
        int[][] chords = ChordProgression.notes(9, true);
        int[] roots = {9, 2, 4, 9, 9, 5, 0, 7};
        for (int c = 0; c < 8; c++) {
            assertEquals(roots[c], Math.floorMod(chords[c][0], 12), "bass of chord " + c);
            assertTrue(chords[c][0] >= 36 && chords[c][0] <= 47, "bass register");
        }
        assertEquals(Set.of(9, 0, 4), pitchClasses(chords[0], 1));
        assertEquals(Set.of(2, 5, 9), pitchClasses(chords[1], 1), "iv = D minor");
        assertEquals(Set.of(4, 7, 11), pitchClasses(chords[2], 1), "v = E minor");
        assertEquals(Set.of(7, 11, 2), pitchClasses(chords[7], 1), "VII = G major");
    }

    @Test
    void voicesMoveLittleAndStayInTheMiddleRegister() {
        for (int tonic = 0; tonic < 12; tonic++) {
            for (boolean minor : new boolean[] {false, true}) {
                int[][] chords = ChordProgression.notes(tonic, minor);
                for (int c = 0; c < 8; c++) {
                    assertTrue(chords[c][1] >= 52 && chords[c][1] <= 67, "lowest voice " + chords[c][1]);
                    if (c > 0) {
                        int moved = 0;
                        for (int v = 1; v <= 3; v++) {
                            moved += Math.abs(chords[c][v] - chords[c - 1][v]);
                        }
                        // between diatonic triads a voicing within 6 semitones in all always exists
                        assertTrue(moved <= 6, tonic + (minor ? "m" : "") + " chord " + c + " moved " + moved);
                    }
                }
            }
        }
    }

    @Test
    void renderingIsDeterministicSixteenSecondsAndPeaksAtPointEight() {
        float[] first = ChordProgression.render(2, true, Timbre.ORGAN, 8000);
        float[] second = ChordProgression.render(2, true, Timbre.ORGAN, 8000);
        assertArrayEquals(first, second);
        assertEquals(16 * 8000, first.length);
        float peak = 0f;
        for (float x : first) {
            peak = Math.max(peak, Math.abs(x));
        }
        assertEquals(0.8f, peak, 1e-6f);
    }
}
