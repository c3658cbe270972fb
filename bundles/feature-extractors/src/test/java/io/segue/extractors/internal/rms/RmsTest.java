package io.segue.extractors.internal.rms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.segue.extractors.internal.Signals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RmsTest {

    @Test
    void emptyInputIsZero() {
        assertEquals(0.0, Rms.rms(new float[0], 0, 0));
        assertEquals(0.0, Rms.rms(new float[] {1f, 1f, 1f}, 2, 0));
    }

    @Test
    void singleSampleIsItsMagnitude() {
        assertEquals(0.25, Rms.rms(new float[] {-0.25f}, 0, 1), 1e-9);
    }

    @Test
    void onlyTheGivenRangeCounts() {
        float[] data = {9f, 0.5f, -0.5f, 9f};
        assertEquals(0.5, Rms.rms(data, 1, 2), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(doubles = {440, 1000, 3000})
    void fullScaleSineIsOneOverRootTwo(double hz) {
        assertEquals(1 / Math.sqrt(2), Rms.rms(Signals.sine(2048, hz, 22050, 1.0), 0, 2048), 1e-3);
    }

    /** A whole number of periods in the window (here 40 and 93): the mean of sin^2 is exactly 1/2. */
    @ParameterizedTest
    @ValueSource(ints = {40, 93})
    void fullScaleSineOfWholePeriodsIsOneOverRootTwoWithinATenThousandth(int periods) {
        double hz = periods * 22050.0 / 2048;
        assertEquals(1 / Math.sqrt(2), Rms.rms(Signals.sine(2048, hz, 22050, 1.0), 0, 2048), 1e-4);
    }

    @Test
    void constantIsItsMagnitude() {
        assertEquals(0.5, Rms.rms(Signals.constant(2048, 0.5f), 0, 2048), 1e-7);
        assertEquals(0.5, Rms.rms(Signals.constant(2048, -0.5f), 0, 2048), 1e-7);
    }

    @Test
    void silenceIsExactlyZero() {
        assertEquals(0.0, Rms.rms(new float[2048], 0, 2048));
    }

    @Test
    void rangeOutsideTheArrayIsRefused() {
        float[] data = new float[4];
        assertThrows(IndexOutOfBoundsException.class, () -> Rms.rms(data, 2, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> Rms.rms(data, -1, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> Rms.rms(data, 0, -1));
    }
}
