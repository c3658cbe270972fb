package io.segue.decoders.internal.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.segue.api.feature.MusicalKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyNotationTest {

    @ParameterizedTest
    @CsvSource({
        "Am, A_MINOR", "A minor, A_MINOR", "amin, A_MINOR", "' Am ', A_MINOR", "8A, A_MINOR", "08A, A_MINOR",
        "1m, A_MINOR", "C, C_MAJOR", "C major, C_MAJOR", "Cmaj, C_MAJOR", "8B, C_MAJOR", "1d, C_MAJOR",
        "F#m, F_SHARP_MINOR", "Gbm, F_SHARP_MINOR", "11A, F_SHARP_MINOR", "4m, F_SHARP_MINOR",
        "Bbm, B_FLAT_MINOR", "A#m, B_FLAT_MINOR", "3A, B_FLAT_MINOR", "Db, D_FLAT_MAJOR", "C#, D_FLAT_MAJOR",
        "3B, D_FLAT_MAJOR", "E♭ major, E_FLAT_MAJOR", "12B, E_MAJOR", "5d, E_MAJOR", "Abm, G_SHARP_MINOR",
        "1A, G_SHARP_MINOR", "6m, G_SHARP_MINOR", "Cb, B_MAJOR"})
    void readsEachNotation(String text, MusicalKey key) {
        assertEquals(key, KeyNotation.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "o", "13A", "0B", "H", "Am7", "unknown", "8C"})
    void unknownTextIsNoKey(String text) {
        assertNull(KeyNotation.parse(text));
    }
}
