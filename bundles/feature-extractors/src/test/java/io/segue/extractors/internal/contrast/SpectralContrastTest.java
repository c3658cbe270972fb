package io.segue.extractors.internal.contrast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpectralContrastTest {

    private final SpectralContrast contrast = SpectralContrast.withDefaults(22050, 2048);

    private float[] compute(float[] magnitudes) {
        float[] out = new float[contrast.bands()];
        contrast.compute(magnitudes, out, 0);
        return out;
    }

    private static float[] filled(float value) {
        float[] m = new float[1025];
        Arrays.fill(m, value);
        return m;
    }

    @Test
    void defaultBandsAtTheDefaultFormatFollowLibrosasRules() {
        // bin k at k * 10.767 Hz; edges 0, 200, 400, 800, 1600, 3200, 6400 Hz, the last band up to Nyquist; each band
        // takes the bin below its lower edge and, except the last, drops its top bin; q = max(1, rint(0.02 count))
        // with count including the dropped bin
        int[][] expected = {{0, 18, 1}, {18, 37, 1}, {37, 74, 1}, {74, 148, 2}, {148, 297, 3}, {297, 594, 6},
                {594, 1025, 9}};
        assertEquals(7, contrast.bands());
        for (int band = 0; band < 7; band++) {
            assertEquals(expected[band][0], contrast.firstBin(band), "first bin of band " + band);
            assertEquals(expected[band][1], contrast.endBin(band), "end of band " + band);
            assertEquals(expected[band][2], contrast.quantileBins(band), "q of band " + band);
        }
    }

    @Test
    void binsOnTheEdgesAreSharedByNeighbouringBands() {
        // 25600 Hz, window 256: bins every 100 Hz, so 200, 400, ... 12800 Hz fall on bins 2, 4, ... 128
        SpectralContrast exact = SpectralContrast.withDefaults(25600, 256);
        int[][] expected = {{0, 2}, {1, 4}, {3, 8}, {7, 16}, {15, 32}, {31, 64}, {63, 129}};
        for (int band = 0; band < 7; band++) {
            assertEquals(expected[band][0], exact.firstBin(band), "first bin of band " + band);
            assertEquals(expected[band][1], exact.endBin(band), "end of band " + band);
            assertEquals(1, exact.quantileBins(band), "q of band " + band);
        }
    }

    @Test
    void silenceAndFlatSpectraHaveNoContrast() {
        for (float value : new float[] {0f, 1e-12f, 0.5f, 300f}) {
            for (float c : compute(filled(value))) {
                assertEquals(0.0f, c, "level " + value);
            }
        }
    }

    @Test
    void isTenLog10OfPeakOverValley() {
        float[] m = filled(1f);
        m[5] = 100f;
        // band 0 (q = 1): peak 100, valley 1: 20 dB, not the 40 dB of 20 log10
        assertEquals(20.0, compute(m)[0], 1e-5);
    }

    @Test
    void peakAndValleyAreMeansOfTheirQuantiles() {
        float[] m = filled(0.01f);
        // band 4 (bins 148 .. 296, q = 3): top three 1, 0.01, 0.01 -> peak 0.34, valley 0.01
        m[200] = 1f;
        // band 6 (bins 594 .. 1024, q = 9): exactly nine bins at 10, the rest 0.01: 30 dB
        for (int k = 600; k < 609; k++) {
            m[k] = 10f;
        }
        // band 5 (bins 297 .. 593, q = 6): the six smallest are 0.001 in two bins and four 0.01: valley 0.007
        m[300] = 0.001f;
        m[400] = 0.001f;
        float[] c = compute(m);
        assertEquals(10 * Math.log10(0.34 / 0.01), c[4], 1e-4);
        assertEquals(30.0, c[6], 1e-4);
        assertEquals(10 * Math.log10(0.01 / 0.007), c[5], 1e-4);
        assertEquals(0.0f, c[0]);
        assertEquals(0.0f, c[3]);
    }

    /** Small quantiles go by insertion, large ones (here up to 35 bins) by quickselect: both must match a sort. */
    @Test
    void bothQuantileMethodsAgreeWithASortOnRandomSpectra() {
        java.util.Random random = new Random(7);
        for (int[] format : new int[][] {{22050, 2048}, {44100, 4096}, {48000, 8192}}) {
            SpectralContrast layout = SpectralContrast.withDefaults(format[0], format[1]);
            float[] m = new float[format[1] / 2 + 1];
            for (int trial = 0; trial < 5; trial++) {
                for (int k = 0; k < m.length; k++) {
                    m[k] = (float) Math.exp(4 * random.nextGaussian());
                }
                float[] out = new float[layout.bands()];
                layout.compute(m, out, 0);
                for (int band = 0; band < layout.bands(); band++) {
                    float[] sorted = Arrays.copyOfRange(m, layout.firstBin(band), layout.endBin(band));
                    Arrays.sort(sorted);
                    int q = layout.quantileBins(band);
                    double valley = 0;
                    double peak = 0;
                    for (int i = 0; i < q; i++) {
                        valley += sorted[i];
                        peak += sorted[sorted.length - 1 - i];
                    }
                    assertEquals(10 * Math.log10(peak / valley), out[band], 1e-3,
                            format[0] + "/" + format[1] + " band " + band + " q " + q);
                }
            }
        }
    }

    @Test
    void zeroMagnitudesCountAtTheFloor() {
        float[] m = new float[1025];
        m[3] = 1f;
        // band 0: peak 1, valley 0 -> floor 1e-10: 100 dB
        assertEquals(100.0, compute(m)[0], 1e-4);
        assertEquals(0.0f, compute(m)[1]);
    }

    @Test
    void writesFromTheOffsetAndNothingElse() {
        float[] out = new float[10];
        Arrays.fill(out, -1f);
        float[] m = filled(1f);
        m[5] = 10f;
        contrast.compute(m, out, 2);
        assertEquals(-1f, out[0]);
        assertEquals(-1f, out[1]);
        assertEquals(10.0, out[2], 1e-5);
        assertEquals(-1f, out[9]);
        assertThrows(IndexOutOfBoundsException.class, () -> contrast.compute(m, out, 4));
    }

    @Test
    void aSpectrumOfAnotherLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> contrast.compute(new float[513], new float[7], 0));
        assertEquals("expects spectra of 1025 bins, got 513", e.getMessage());
    }

    @Test
    void aNyquistAtOrBelowTheTopBandIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpectralContrast.withDefaults(12800, 4096));
        assertEquals("spectral contrast: the top band starts at 6400 Hz, not below the Nyquist frequency 6400 Hz of "
                + "12800 Hz; needs a sample rate above 12800 Hz", e.getMessage());
        SpectralContrast.withDefaults(12802, 4096);
    }

    @Test
    void aWindowTooShortForTheBandsIsRefused() {
        // 22050 Hz, window 128: bins every 172 Hz, band 0 keeps only bin 0
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpectralContrast.withDefaults(22050, 128));
        assertTrue(e.getMessage().startsWith("spectral contrast: band 0 (0-200 Hz) would hold fewer than 2 bins"),
                e.getMessage());
        assertEquals(2, SpectralContrast.withDefaults(22050, 256).endBin(0));
    }

    @Test
    void otherParametersAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new SpectralContrast(22050, 2048, 0, 200, 0.02));
        assertThrows(IllegalArgumentException.class, () -> new SpectralContrast(22050, 2048, 6, 0, 0.02));
        assertThrows(IllegalArgumentException.class, () -> new SpectralContrast(22050, 2048, 6, 200, 0));
        assertThrows(IllegalArgumentException.class, () -> new SpectralContrast(22050, 2048, 6, 200, 1));
        assertThrows(IllegalArgumentException.class, () -> new SpectralContrast(0, 2048, 6, 200, 0.02));
    }

    @Test
    void aLargeQuantileIsCappedAtTheBand() {
        // quantile 0.9 of band 0's 3 counted bins rounds to 3, more than its 2 kept bins: peak and valley are the mean
        SpectralContrast wide = new SpectralContrast(25600, 256, 6, 200, 0.9);
        assertEquals(2, wide.quantileBins(0));
        float[] m = new float[129];
        Arrays.fill(m, 1f);
        m[0] = 5f;
        float[] out = new float[7];
        wide.compute(m, out, 0);
        assertEquals(0.0f, out[0]);
    }
}
