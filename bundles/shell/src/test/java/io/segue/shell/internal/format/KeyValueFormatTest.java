package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeyValueFormatTest {

    @Test
    void alignsValuesAfterTheLongestKey() {
        String text = new KeyValueFormat().add("state", "RUNNING").add("chunks dropped", 3).add("device", null)
                .toString();

        assertEquals("""
                state           RUNNING
                chunks dropped  3
                device          -""", text);
    }
}
