package io.segue.extractors.internal.rolloff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpectralRolloffTest {

    @Test
    void emptyAndAllZeroSpectraAreZeroHz() {
        assertEquals(0.0, SpectralRolloff.rolloffHz(new float[0], 0, 0, 10.0, 0.85));
        assertEquals(0.0, SpectralRolloff.rolloffHz(new float[1025], 0, 1025, 10.0, 0.85));
    }

    @Test
    void aSingleBinIsItsOwnRolloff() {
        float[] m = new float[8];
        m[5] = 0.3f;
        assertEquals(50.0, SpectralRolloff.rolloffHz(m, 0, 8, 10.0, 0.85));
        assertEquals(50.0, SpectralRolloff.rolloffHz(m, 0, 8, 10.0, 0.01));
    }

    @Test
    void aFlatSpectrumRollsOffAtTheFractionOfItsBins() {
        float[] flat = new float[100];
        Arrays.fill(flat, 2f);
        // bins 0 .. 84 hold 85 of 100 equal shares
        assertEquals(840.0, SpectralRolloff.rolloffHz(flat, 0, 100, 10.0, 0.85));
        assertEquals(490.0, SpectralRolloff.rolloffHz(flat, 0, 100, 10.0, 0.5));
    }

    @Test
    void reachingTheThresholdExactlyCounts() {
        // cumulative 1, 2, 3, 4 of 4: 2 >= 0.5 * 4 at bin 1
        assertEquals(10.0, SpectralRolloff.rolloffHz(new float[] {1f, 1f, 1f, 1f}, 0, 4, 10.0, 0.5));
    }

    @Test
    void magnitudesAreSummedAsTheyAreNotSquared() {
        // magnitudes 3, 1: bin 0 holds 75 % (squared it would hold 90 %), so 80 % is only reached at bin 1
        assertEquals(10.0, SpectralRolloff.rolloffHz(new float[] {3f, 1f}, 0, 2, 10.0, 0.8));
        assertEquals(0.0, SpectralRolloff.rolloffHz(new float[] {3f, 1f}, 0, 2, 10.0, 0.7));
    }

    @Test
    void theResultIsABinCentreNeverAnInterpolation() {
        // 85 % of 10 is 8.5: bin 1 brings the sum from 5 to 10
        assertEquals(20.0, SpectralRolloff.rolloffHz(new float[] {5f, 5f}, 0, 2, 20.0, 0.85));
    }

    @Test
    void scalingTheMagnitudesChangesNothing() {
        float[] a = {0.1f, 0.4f, 0.2f, 0.9f, 0.05f};
        float[] b = {1f, 4f, 2f, 9f, 0.5f};
        assertEquals(SpectralRolloff.rolloffHz(a, 0, 5, 10.0, 0.85), SpectralRolloff.rolloffHz(b, 0, 5, 10.0, 0.85));
    }

    @Test
    void theRangeStartsAtZeroHz() {
        float[] data = {100f, 0f, 0f, 1f};
        assertEquals(20.0, SpectralRolloff.rolloffHz(data, 1, 3, 10.0, 0.85));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, -0.5, 1.5, Double.NaN})
    void aFractionOutsideTheOpenUnitIntervalIsRefused(double fraction) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpectralRolloff.rolloffHz(new float[] {1f}, 0, 1, 10.0, fraction));
        assertEquals("roll-off fraction must be in (0, 1), was " + fraction, e.getMessage());
    }

    @Test
    void rangeOutsideTheArrayIsRefused() {
        assertThrows(IndexOutOfBoundsException.class,
                () -> SpectralRolloff.rolloffHz(new float[4], 1, 4, 10.0, 0.85));
    }
}
