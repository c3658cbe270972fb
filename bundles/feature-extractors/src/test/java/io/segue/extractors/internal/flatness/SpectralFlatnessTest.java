package io.segue.extractors.internal.flatness;

import static io.segue.extractors.internal.flatness.SpectralFlatness.DEFAULT_AMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpectralFlatnessTest {

    @Test
    void silenceIsPerfectlyFlatAtTheFloor() {
        assertEquals(1.0, SpectralFlatness.flatness(new float[1025], 0, 1025, DEFAULT_AMIN), 1e-12);
        assertEquals(1.0, SpectralFlatness.flatness(new float[0], 0, 0, DEFAULT_AMIN));
    }

    @Test
    void aFlatSpectrumIsOne() {
        float[] flat = new float[1025];
        Arrays.fill(flat, 0.37f);
        assertEquals(1.0, SpectralFlatness.flatness(flat, 0, 1025, DEFAULT_AMIN), 1e-12);
    }

    @Test
    void isTheGeometricOverTheArithmeticMeanOfThePower() {
        // powers 4 and 1: sqrt(4 * 1) / 2.5; of the magnitudes it would be sqrt(2) / 1.5 = 0.943
        assertEquals(0.8, SpectralFlatness.flatness(new float[] {2f, 1f}, 0, 2, DEFAULT_AMIN), 1e-12);
        // powers 1, 4, 16: 4 / 7
        assertEquals(4.0 / 7, SpectralFlatness.flatness(new float[] {1f, 2f, 4f}, 0, 3, DEFAULT_AMIN), 1e-12);
    }

    @Test
    void zeroBinsCountAtTheFloor() {
        // powers 1 and 1e-10: sqrt(1e-10) / ((1 + 1e-10) / 2)
        assertEquals(2e-5 / (1 + 1e-10), SpectralFlatness.flatness(new float[] {1f, 0f}, 0, 2, DEFAULT_AMIN),
                1e-15);
        // with a floor of 1, powers 0.25 and 0.01 both sit at it
        assertEquals(1.0, SpectralFlatness.flatness(new float[] {0.5f, 0.1f}, 0, 2, 1.0));
    }

    @Test
    void scalingAboveTheFloorChangesNothing() {
        float[] a = {0.1f, 0.4f, 0.2f, 0.9f};
        float[] b = {1f, 4f, 2f, 9f};
        assertEquals(SpectralFlatness.flatness(a, 0, 4, DEFAULT_AMIN), SpectralFlatness.flatness(b, 0, 4, DEFAULT_AMIN),
                1e-6);
    }

    /** Products of 16 powers would overflow or vanish here: the definition still holds. */
    @Test
    void extremeMagnitudesAndFloorsFollowTheDefinition() {
        float[] m = new float[1025];
        for (int k = 0; k < m.length; k++) {
            m[k] = k % 3 == 0 ? 1e30f : (k % 3 == 1 ? 1e-30f : 0.5f);
        }
        for (double amin : new double[] {1e-300, 1e-10}) {
            double logSum = 0;
            double sum = 0;
            for (float v : m) {
                double p = Math.max(amin, (double) v * v);
                logSum += Math.log(p);
                sum += p;
            }
            double expected = Math.exp(logSum / m.length) / (sum / m.length);
            assertEquals(expected, SpectralFlatness.flatness(m, 0, m.length, amin), 1e-9 * expected, "amin " + amin);
        }
    }

    @Test
    void theRangeIsUsedAlone() {
        float[] data = {0f, 2f, 1f, 0f};
        assertEquals(0.8, SpectralFlatness.flatness(data, 1, 2, DEFAULT_AMIN), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1e-10, Double.NaN})
    void aFloorThatIsNotPositiveIsRefused(double amin) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpectralFlatness.flatness(new float[] {1f}, 0, 1, amin));
        assertEquals("amin must be positive, was " + amin, e.getMessage());
    }

    @Test
    void rangeOutsideTheArrayIsRefused() {
        assertThrows(IndexOutOfBoundsException.class,
                () -> SpectralFlatness.flatness(new float[4], 1, 4, DEFAULT_AMIN));
    }
}
