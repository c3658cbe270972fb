package io.segue.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FastLogTest {

    @Test
    void log2IsWithinATenThousandthOverTwelveDecades() {
        for (float x = 1e-6f; x < 1e6f; x *= 1.37f) {
            assertEquals(Math.log(x) / Math.log(2), FastLog.log2(x), 1e-4, "x = " + x);
        }
    }

    @Test
    void exactPowersOfTwoAreNearlyExactAndZeroIsVeryNegative() {
        assertEquals(3.0, FastLog.log2(8f), 1e-4);
        assertEquals(-10.0, FastLog.log2(1f / 1024), 1e-4);
        assertTrue(FastLog.log2(0f) < -126);
    }
}
