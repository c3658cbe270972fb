package io.segue.predictor.harmony.internal.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.MusicalKey;
import io.segue.predictor.harmony.internal.chord.Chords;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTrackerTest {

    private static double[] chroma(int chord) {
        double[] x = new double[12];
        int root = Chords.root(chord);
        x[root % 12] = 1;
        x[(root + (Chords.isMinor(chord) ? 3 : 4)) % 12] = 0.8;
        x[(root + 7) % 12] = 0.8;
        return x;
    }

    /** Beats of the chords, two each; returns the changes with the beat they were confirmed on. */
    private static List<String> play(KeyTracker tracker, int fromBeat, String... chords) {
        List<String> changes = new ArrayList<>();
        int beat = fromBeat;
        for (String label : chords) {
            int chord = Chords.parse(label);
            for (int i = 0; i < 2; i++, beat++) {
                KeyTracker.KeyChange change = tracker.observe(beat, chroma(chord), chord, -1, 0);
                if (change != null) {
                    changes.add(MusicalKey.ofIndex(change.key()).displayName() + "@" + beat + "/since "
                            + (int) change.sinceSeconds());
                }
            }
        }
        return changes;
    }

    @Test
    void theFirstKeyComesAfterFourBeatsAndAModulationWithinTwoBars() {
        KeyTracker tracker = new KeyTracker();
        String[] cMajor = {"C", "C", "F", "G", "Am", "F", "G", "C"};
        assertEquals(List.of("C major@3/since 3"), play(tracker, 0, cMajor));
        assertEquals(List.of(), play(tracker, 16, cMajor), "no change while the key holds");
        List<String> changes = play(tracker, 32, "D", "G", "A", "D", "Bm", "G", "A", "D");
        assertEquals(1, changes.size(), changes.toString());
        assertTrue(changes.get(0).startsWith("D major@"), changes.toString());
        int confirmedAt = Integer.parseInt(changes.get(0).replaceAll(".*@(\\d+)/.*", "$1"));
        assertTrue(confirmedAt < 32 + 8, "within two bars of the modulation at beat 32: " + changes);
        assertEquals(MusicalKey.D_MAJOR.index(), tracker.key());
    }

    @Test
    void beatsWithoutAChordChangeNothingAndResetForgets() {
        KeyTracker tracker = new KeyTracker();
        assertNull(tracker.observe(0, new double[12], -1, -1, 0));
        play(tracker, 0, "Am", "Dm", "E", "Am");
        assertEquals(MusicalKey.A_MINOR.index(), tracker.key());
        tracker.reset();
        assertEquals(-1, tracker.key());
        KeyTracker.KeyChange first = null;
        for (int b = 0; b < 4; b++) {
            first = tracker.observe(b, chroma(Chords.parse("G")), Chords.parse("G"), -1, 0);
        }
        assertNotNull(first);
        assertEquals(MusicalKey.G_MAJOR.index(), first.key());
        assertTrue(first.confidence() >= 0 && first.confidence() <= 1);
    }

    @Test
    void chordsOutsideTheKeyFitBadly() {
        int cMajor = MusicalKey.C_MAJOR.index();
        assertEquals(0.8, KeyTracker.chordFit(cMajor, Chords.parse("C")), 1e-9);
        assertTrue(KeyTracker.chordFit(cMajor, Chords.parse("D")) < 0);
        assertTrue(KeyTracker.chordFit(MusicalKey.A_MINOR.index(), Chords.parse("E")) > 0, "V in harmonic minor");
    }
}
