package io.segue.api.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AudioFormatTest {

    @Test
    void nanosOfIsExactForShortDurations() {
        assertEquals(22_675, AudioFormat.mono(44_100).nanosOf(1));
        assertEquals(1_000_000_000L, AudioFormat.mono(44_100).nanosOf(44_100));
        assertEquals(1_500_000_000L, AudioFormat.mono(22_050).nanosOf(33_075));
    }

    @Test
    void nanosOfDoesNotOverflowInAThousandHoursAt192kHz() {
        long frames = 192_000L * 3600 * 1000;
        assertEquals(3600L * 1000 * 1_000_000_000L, AudioFormat.mono(192_000).nanosOf(frames));
        assertEquals(3600L * 1000 * 1_000_000_000L + 5_208, AudioFormat.mono(192_000).nanosOf(frames + 1));
    }

    @Test
    void refusesANonPositiveRateOrChannelCount() {
        assertEquals("sampleRateHz must be positive, was 0",
                assertThrows(IllegalArgumentException.class, () -> new AudioFormat(0, 1)).getMessage());
        assertEquals("channels must be positive, was -2",
                assertThrows(IllegalArgumentException.class, () -> new AudioFormat(44_100, -2)).getMessage());
    }
}
