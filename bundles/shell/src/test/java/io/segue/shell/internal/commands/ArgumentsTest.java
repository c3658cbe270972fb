package io.segue.shell.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void acceptsTheBoundsAndSurroundingSpace() {
        assertEquals(1, Arguments.intInRange("n", "1", 1, 10));
        assertEquals(10, Arguments.intInRange("n", " 10 ", 1, 10));
    }

    @Test
    void namesTheArgumentAndRangeWhenOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Arguments.intInRange("-n/--count", "-3", 1, 10));

        assertEquals("-n/--count must be in 1..10, was -3", e.getMessage());
    }

    @Test
    void namesTheArgumentWhenItIsNoWholeNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Arguments.intInRange("seconds", "2.5", 1, 10));

        assertEquals("seconds must be a whole number in 1..10, was '2.5'", e.getMessage());
    }
}
