package io.segue.extractors.internal.centroid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SpectralCentroidTest {

    @Test
    void emptyInputIsZeroHz() {
        assertEquals(0.0, SpectralCentroid.centroidHz(new float[0], 0, 0, 10.0));
        assertEquals(0.0, SpectralCentroid.centroidHz(new float[] {1f, 1f}, 1, 0, 10.0));
    }

    @Test
    void singleBinIsTheDcBin() {
        assertEquals(0.0, SpectralCentroid.centroidHz(new float[] {3f}, 0, 1, 10.0));
    }

    @Test
    void allZeroSpectrumIsZeroHzNotNaN() {
        assertEquals(0.0, SpectralCentroid.centroidHz(new float[1025], 0, 1025, 22050.0 / 2048));
    }

    @Test
    void isTheMagnitudeWeightedMeanFrequency() {
        assertEquals(5.0, SpectralCentroid.centroidHz(new float[] {1f, 1f}, 0, 2, 10.0), 1e-12);
        // 10 Hz weighted 1, 30 Hz weighted 3: (10 + 90) / 4
        assertEquals(25.0, SpectralCentroid.centroidHz(new float[] {0f, 1f, 0f, 3f}, 0, 4, 10.0), 1e-12);
        // magnitudes, not power: a bin twice as loud counts twice, not four times
        assertEquals(20.0 / 3, SpectralCentroid.centroidHz(new float[] {2f, 1f}, 0, 2, 20.0), 1e-12);
    }

    @Test
    void flatSpectrumIsTheMiddleBin() {
        float[] flat = new float[1025];
        Arrays.fill(flat, 0.5f);
        assertEquals(512 * 10.0, SpectralCentroid.centroidHz(flat, 0, 1025, 10.0), 1e-9);
    }

    @Test
    void theRangeStartsAtZeroHz() {
        float[] data = {100f, 0f, 1f, 0f};
        assertEquals(10.0, SpectralCentroid.centroidHz(data, 1, 3, 10.0), 1e-12);
    }

    @Test
    void scalingTheMagnitudesChangesNothing() {
        float[] a = {0.1f, 0.4f, 0.2f, 0.9f};
        float[] b = {1f, 4f, 2f, 9f};
        assertEquals(SpectralCentroid.centroidHz(a, 0, 4, 10.0), SpectralCentroid.centroidHz(b, 0, 4, 10.0), 1e-6);
    }

    @Test
    void rangeOutsideTheArrayIsRefused() {
        float[] data = new float[4];
        assertThrows(IndexOutOfBoundsException.class, () -> SpectralCentroid.centroidHz(data, 1, 4, 10.0));
    }
}
