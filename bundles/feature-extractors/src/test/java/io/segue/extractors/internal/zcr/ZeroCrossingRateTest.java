package io.segue.extractors.internal.zcr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.segue.extractors.internal.Signals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZeroCrossingRateTest {

    @Test
    void emptyInputIsZero() {
        assertEquals(0.0, ZeroCrossingRate.rate(new float[0], 0, 0));
        assertEquals(0.0, ZeroCrossingRate.rate(new float[] {1f, -1f}, 1, 0));
    }

    @Test
    void singleSampleHasNoPairAndIsZero() {
        assertEquals(0.0, ZeroCrossingRate.rate(new float[] {-1f}, 0, 1));
    }

    @Test
    void onePairEitherCrossesOrNot() {
        assertEquals(1.0, ZeroCrossingRate.rate(new float[] {0.5f, -0.5f}, 0, 2));
        assertEquals(0.0, ZeroCrossingRate.rate(new float[] {0.5f, 0.25f}, 0, 2));
    }

    @Test
    void zeroCountsAsPositive() {
        assertEquals(0.0, ZeroCrossingRate.rate(new float[] {1f, 0f, 1f}, 0, 3));
        assertEquals(1.0, ZeroCrossingRate.rate(new float[] {-1f, 0f}, 0, 2));
        assertEquals(0.0, ZeroCrossingRate.rate(new float[] {0f, -0.0f, 0f}, 0, 3), "-0.0 is not negative");
        assertEquals(1.0, ZeroCrossingRate.rate(new float[] {0f, -1e-12f}, 0, 2), "no threshold");
    }

    @Test
    void onlyTheGivenRangeCounts() {
        float[] data = {-1f, 1f, 1f, 1f, -1f};
        assertEquals(0.0, ZeroCrossingRate.rate(data, 1, 3));
        assertEquals(0.5, ZeroCrossingRate.rate(data, 2, 3));
    }

    @Test
    void alternatingSignsIsOne() {
        assertEquals(1.0, ZeroCrossingRate.rate(Signals.alternating(2048), 0, 2048));
    }

    @Test
    void constantIsZero() {
        assertEquals(0.0, ZeroCrossingRate.rate(Signals.constant(2048, 0.5f), 0, 2048));
        assertEquals(0.0, ZeroCrossingRate.rate(Signals.constant(2048, -0.5f), 0, 2048));
        assertEquals(0.0, ZeroCrossingRate.rate(new float[2048], 0, 2048));
    }

    @ParameterizedTest
    @ValueSource(doubles = {440, 1000, 3000})
    void sineCrossesTwicePerPeriod(double hz) {
        double expected = 2 * hz / 22050;
        double rate = ZeroCrossingRate.rate(Signals.sine(2048, hz, 22050, 1.0), 0, 2048);
        assertEquals(expected, rate, 0.02 * expected);
    }

    @Test
    void rangeOutsideTheArrayIsRefused() {
        float[] data = new float[4];
        assertThrows(IndexOutOfBoundsException.class, () -> ZeroCrossingRate.rate(data, 3, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> ZeroCrossingRate.rate(data, -1, 2));
    }
}
