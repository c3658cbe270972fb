package io.segue.extractors.internal.bandwidth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SpectralBandwidthTest {

    @Test
    void emptyAndAllZeroSpectraAreZeroHz() {
        assertEquals(0.0, SpectralBandwidth.bandwidthHz(new float[0], 0, 0, 10.0));
        assertEquals(0.0, SpectralBandwidth.bandwidthHz(new float[1025], 0, 1025, 10.0));
    }

    @Test
    void aSingleBinHasNoWidth() {
        float[] m = new float[8];
        m[5] = 3f;
        assertEquals(0.0, SpectralBandwidth.bandwidthHz(m, 0, 8, 10.0), 1e-12);
    }

    @Test
    void twoEqualBinsAreHalfTheirDistanceWide() {
        // weights 1/2 at 0 Hz and 1/2 at 70 Hz around the centroid 35 Hz
        assertEquals(35.0, SpectralBandwidth.bandwidthHz(new float[] {1f, 0f, 0f, 0f, 0f, 0f, 0f, 1f}, 0, 8, 10.0),
                1e-12);
    }

    @Test
    void isTheStandardDeviationOfTheMagnitudeWeights() {
        // weights 2/3 at 0 Hz, 1/3 at 20 Hz: centroid 20/3, variance (2 (20/3)^2 + (40/3)^2) / 3 = 800/9
        assertEquals(Math.sqrt(800.0 / 9), SpectralBandwidth.bandwidthHz(new float[] {2f, 1f}, 0, 2, 20.0), 1e-12);
    }

    @Test
    void aFlatSpectrumHasTheSpreadOfUniformBins() {
        float[] flat = new float[1025];
        Arrays.fill(flat, 0.25f);
        // the standard deviation of the integers 0 .. n-1 is sqrt((n^2 - 1) / 12)
        assertEquals(10.0 * Math.sqrt((1025.0 * 1025 - 1) / 12), SpectralBandwidth.bandwidthHz(flat, 0, 1025, 10.0),
                1e-9);
    }

    @Test
    void aNarrowPeakHighUpKeepsItsWidth() {
        float[] m = new float[1025];
        m[1000] = 1e-3f;
        m[1001] = 1e-3f;
        assertEquals(5.0, SpectralBandwidth.bandwidthHz(m, 0, 1025, 10.0), 1e-9);
    }

    @Test
    void scalingTheMagnitudesChangesNothing() {
        float[] a = {0.1f, 0.4f, 0.2f, 0.9f};
        float[] b = {1f, 4f, 2f, 9f};
        assertEquals(SpectralBandwidth.bandwidthHz(a, 0, 4, 10.0), SpectralBandwidth.bandwidthHz(b, 0, 4, 10.0), 1e-6);
    }

    @Test
    void theRangeStartsAtZeroHz() {
        float[] data = {100f, 1f, 0f, 1f};
        assertEquals(10.0, SpectralBandwidth.bandwidthHz(data, 1, 3, 10.0), 1e-12);
    }

    @Test
    void rangeOutsideTheArrayIsRefused() {
        assertThrows(IndexOutOfBoundsException.class, () -> SpectralBandwidth.bandwidthHz(new float[4], 1, 4, 10.0));
    }
}
