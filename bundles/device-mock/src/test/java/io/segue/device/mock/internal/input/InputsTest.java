package io.segue.device.mock.internal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void nanosOfIsExactForShortDurations() {
        assertEquals(22_675, Inputs.nanosOf(1, 44_100));
        assertEquals(1_000_000_000L, Inputs.nanosOf(44_100, 44_100));
        assertEquals(1_500_000_000L, Inputs.nanosOf(33_075, 22_050));
    }

    @Test
    void nanosOfDoesNotOverflowInAThousandHoursAt192kHz() {
        long frames = 192_000L * 3600 * 1000;

        assertEquals(3600L * 1000 * 1_000_000_000L, Inputs.nanosOf(frames, 192_000));
        assertEquals(3600L * 1000 * 1_000_000_000L + 5_208, Inputs.nanosOf(frames + 1, 192_000));
    }
}
