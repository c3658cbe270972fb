package io.segue.predictor.harmony.internal.chord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.MusicalKey;
import org.junit.jupiter.api.Test;

class ChordsTest {

    @Test
    void labelsReadBackAndFollowTheKeyLayout() {
        for (int c = 0; c < Chords.COUNT; c++) {
            assertEquals(c, Chords.parse(Chords.label(c)));
            MusicalKey key = MusicalKey.ofIndex(c);
            assertEquals(key.tonicName() + (key.isMinor() ? "m" : ""), Chords.label(c), "same spelling as the key");
        }
        assertEquals("Am", Chords.label(Chords.of(9, true)));
        assertEquals("F#", Chords.label(Chords.of(6, false)));
        assertEquals(-1, Chords.parse("H7"));
    }

    @Test
    void relativeChordsAreCountedFromTheTonic() {
        int g = Chords.parse("G");
        assertEquals(Chords.of(7, false), Chords.relative(g, 0), "G is V of C");
        assertEquals(Chords.of(10, false), Chords.relative(g, 9), "G is VII of A");
        for (int c = 0; c < Chords.COUNT; c++) {
            for (int tonic = 0; tonic < 12; tonic++) {
                assertEquals(c, Chords.absolute(Chords.relative(c, tonic), tonic));
            }
        }
    }

    @Test
    void anIndexOutsideTheVocabularyIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Chords.label(24));
        assertTrue(e.getMessage().contains("0..23") && e.getMessage().contains("24"), e.getMessage());
    }
}
