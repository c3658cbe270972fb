package io.segue.api.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MusicalKeyTest {

    /** The published Camelot and Open Key wheels (Mixed In Key; Beatunes / Traktor Open Key). */
    @ParameterizedTest
    @CsvSource({
        "A minor, 8A, 1m", "C major, 8B, 1d", "E minor, 9A, 2m", "G major, 9B, 2d",
        "Ab minor, 1A, 6m", "G# minor, 1A, 6m", "B major, 1B, 6d", "Eb minor, 2A, 7m", "F# major, 2B, 7d",
        "Bb minor, 3A, 8m", "Db major, 3B, 8d", "F minor, 4A, 9m", "Ab major, 4B, 9d", "C minor, 5A, 10m",
        "Eb major, 5B, 10d", "G minor, 6A, 11m", "Bb major, 6B, 11d", "D minor, 7A, 12m", "F major, 7B, 12d",
        "B minor, 10A, 3m", "D major, 10B, 3d", "F# minor, 11A, 4m", "A major, 11B, 4d", "C# minor, 12A, 5m",
        "E major, 12B, 5d"})
    void wheelsMatchThePublishedCharts(String name, String camelot, String openKey) {
        MusicalKey key = byName(name);
        assertEquals(camelot, key.camelot());
        assertEquals(openKey, key.openKey());
    }

    @Test
    void indexLaysOutMajorsThenMinorsByTonic() {
        assertEquals(MusicalKey.C_MAJOR, MusicalKey.ofIndex(0));
        assertEquals(MusicalKey.A_MINOR, MusicalKey.ofIndex(21));
        assertEquals(MusicalKey.A_MINOR, MusicalKey.of(9, true));
        assertEquals(MusicalKey.B_MAJOR, MusicalKey.of(-1, false));
        assertEquals("A minor", MusicalKey.A_MINOR.displayName());
        assertEquals("F# major", MusicalKey.F_SHARP_MAJOR.displayName());
        assertThrows(IllegalArgumentException.class, () -> MusicalKey.ofIndex(24));
    }

    @Test
    void relativeKeysShareTheirCamelotNumber() {
        Set<String> camelots = new HashSet<>();
        for (MusicalKey key : MusicalKey.values()) {
            assertEquals(key.camelotNumber(), key.relative().camelotNumber(), key.name());
            assertEquals(key, key.relative().relative());
            camelots.add(key.camelot());
        }
        assertEquals(24, camelots.size());
    }

    private static MusicalKey byName(String name) {
        for (MusicalKey key : MusicalKey.values()) {
            if (key.displayName().equals(name)) {
                return key;
            }
        }
        String enharmonic = name.replace("Ab minor", "G# minor");
        for (MusicalKey key : MusicalKey.values()) {
            if (key.displayName().equals(enharmonic)) {
                return key;
            }
        }
        throw new AssertionError("no key named " + name);
    }

    @ParameterizedTest
    @CsvSource({
        "A minor, A_MINOR", "Am, A_MINOR", "A min, A_MINOR", "a, A_MINOR", "8A, A_MINOR", "8a, A_MINOR",
        "1m, A_MINOR", "C major, C_MAJOR", "C, C_MAJOR", "Cmaj, C_MAJOR", "8B, C_MAJOR", "1d, C_MAJOR",
        "F#m, F_SHARP_MINOR", "F♯m, F_SHARP_MINOR", "Gb, F_SHARP_MAJOR", "Bbm, B_FLAT_MINOR", "Db major, D_FLAT_MAJOR",
        "12A, C_SHARP_MINOR", "' 5A ', C_MINOR", "08A, A_MINOR", "amin, A_MINOR", "Gbm, F_SHARP_MINOR",
        "A#m, B_FLAT_MINOR", "C#, D_FLAT_MAJOR", "E♭ major, E_FLAT_MAJOR", "5d, E_MAJOR", "Abm, G_SHARP_MINOR",
        "Cb, B_MAJOR", "6m, G_SHARP_MINOR", "2m, E_MINOR", "4B, A_FLAT_MAJOR"
    })
    void parsesTheNotationsOfDjsAndTags(String text, MusicalKey expected) {
        assertEquals(expected, MusicalKey.parse(text));
    }

    @Test
    void everyKeyReadsBackFromEachOfItsNames() {
        for (MusicalKey key : MusicalKey.values()) {
            assertEquals(key, MusicalKey.parse(key.displayName()));
            assertEquals(key, MusicalKey.parse(key.camelot()));
            assertEquals(key, MusicalKey.parse(key.openKey()));
        }
    }

    @Test
    void textThatIsNoKeySaysTheForms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MusicalKey.parse("H minor"));
        assertEquals("'H minor' is not a key: write e.g. A minor, Am, F#m, C major, C,"
                + " Db, 8A (Camelot) or 1m (Open Key)", e.getMessage());
        for (String text : new String[] {"13A", "0B", "o", "Am7", "8C", "unknown"}) {
            assertThrows(IllegalArgumentException.class, () -> MusicalKey.parse(text), text);
        }
        assertThrows(IllegalArgumentException.class, () -> MusicalKey.parse(""));
    }

    @Test
    void aFeatureValueIsAKeyOnlyWhenItIsAWholeNumberFrom0To23() {
        assertEquals(MusicalKey.A_MINOR, MusicalKey.ofFeatureValue(21));
        for (double noKey : new double[] {Double.NaN, -1, 24, 3.5, Double.POSITIVE_INFINITY}) {
            assertEquals(null, MusicalKey.ofFeatureValue(noKey), Double.toString(noKey));
        }
    }
}
