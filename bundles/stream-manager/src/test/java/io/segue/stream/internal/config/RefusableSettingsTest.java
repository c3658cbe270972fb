package io.segue.stream.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RefusableSettingsTest {

    private static Integer positive(int value) {
        return Validation.requireInRange("pid", "size", value, 1, 10);
    }

    @Test
    void anAcceptedChangeReplacesTheSettingsAndClearsTheProblem() {
        RefusableSettings<Integer> settings = new RefusableSettings<>(() -> positive(0), 5);
        assertEquals(5, settings.current());
        assertEquals("pid: size must be in 1..10, was 0 (running on the defaults)", settings.problem());

        assertEquals(7, settings.update(() -> positive(7)));
        assertEquals(7, settings.current());
        assertNull(settings.problem());
    }

    @Test
    void aRefusedChangeThrowsKeepsThePreviousSettingsAndSaysWhy() {
        RefusableSettings<Integer> settings = new RefusableSettings<>(() -> positive(3), 5);
        assertNull(settings.problem());
        assertThrows(IllegalArgumentException.class, () -> settings.update(() -> positive(11)));
        assertEquals(3, settings.current());
        assertEquals("pid: size must be in 1..10, was 11 (previous configuration kept)", settings.problem());
    }
}
