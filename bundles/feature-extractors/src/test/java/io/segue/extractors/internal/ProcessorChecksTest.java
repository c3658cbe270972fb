package io.segue.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcessorChecksTest {

    @Test
    void requireLengthPassesTheArrayThroughWhenItFits() {
        float[] input = new float[8];
        assertSame(input, ProcessorChecks.requireLength(input, 8, "x", "samples"));
    }

    @Test
    void requireLengthNamesExtractorAndBothSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProcessorChecks.requireLength(new float[4], 8, "my-feature", "samples"));
        assertTrue(e.getMessage().contains("my-feature"), e.getMessage());
        assertTrue(e.getMessage().contains("8 samples"), e.getMessage());
        assertTrue(e.getMessage().contains("got 4"), e.getMessage());
    }

    @Test
    void requireValuesAcceptsEnoughOrMore() {
        assertDoesNotThrow(() -> ProcessorChecks.requireValues(new float[1], 1, "x"));
        assertDoesNotThrow(() -> ProcessorChecks.requireValues(new float[3], 1, "x"));
    }

    @Test
    void requireValuesRefusesTooFew() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProcessorChecks.requireValues(new float[1], 2, "my-feature"));
        assertTrue(e.getMessage().contains("my-feature"), e.getMessage());
    }
}
