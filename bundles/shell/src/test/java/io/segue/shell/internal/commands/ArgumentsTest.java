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

    @Test
    void acceptsDecimalsWithinTheBounds() {
        assertEquals(0.1, Arguments.decimalInRange("-d", "0.1", 0.1, 60));
        assertEquals(2.5, Arguments.decimalInRange("-d", " 2.5 ", 0.1, 60));
    }

    @Test
    void refusesADecimalOutOfRangeOrNotANumberNamingTheArgument() {
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> Arguments.decimalInRange("-d/--duration", "0.05", 0.1, 60));
        IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class,
                () -> Arguments.decimalInRange("-d/--duration", "two", 0.1, 60));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Arguments.decimalInRange("-d/--duration", "NaN", 0.1, 60));

        assertEquals("-d/--duration must be in 0.1..60, was 0.05", outside.getMessage());
        assertEquals("-d/--duration must be a number in 0.1..60, was 'two'", notANumber.getMessage());
        assertEquals("-d/--duration must be in 0.1..60, was NaN", nan.getMessage());
    }
}
