package io.segue.predictor.sections.internal.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SectionSettingsTest {

    @Test
    void valuesOutOfRangeAreRefusedNamingTheKey() {
        assertEquals("phraseBars must be in 2..64, was 1",
                assertThrows(IllegalArgumentException.class, () -> new SectionSettings(1, 6, 3, 0.3)).getMessage());
        assertEquals("breakdownFallDb must be in 2..40, was NaN",
                assertThrows(IllegalArgumentException.class, () -> new SectionSettings(8, Double.NaN, 3, 0.3))
                        .getMessage());
        assertEquals("dropMarginDb must be in 0.5..breakdownFallDb (6.0), was 7.0",
                assertThrows(IllegalArgumentException.class, () -> new SectionSettings(8, 6, 7, 0.3)).getMessage());
        assertEquals("buildupOctaves must be in 0.05..4, was 5.0",
                assertThrows(IllegalArgumentException.class, () -> new SectionSettings(8, 6, 3, 5)).getMessage());
    }
}
