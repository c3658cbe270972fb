package io.segue.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The test spectrum must itself be right before the centroid tests can lean on it. */
class HannSpectrumTest {

    @Test
    void fftMatchesTheDftDefinition() {
        float[] noise = Signals.whiteNoise(64, 7);
        float[] fast = HannSpectrum.magnitudes(noise);
        double[] slow = HannSpectrum.naiveDftMagnitudes(HannSpectrum.windowed(noise));
        assertEquals(33, fast.length);
        for (int k = 0; k < fast.length; k++) {
            assertEquals(slow[k], fast[k], 1e-4, "bin " + k);
        }
    }

    @Test
    void fullScaleSineAtABinFrequencyReadsAQuarterOfTheWindow() {
        int n = 2048;
        float[] magnitudes = HannSpectrum.magnitudes(Signals.sine(n, 16 * 22050.0 / n, 22050, 1.0));
        assertEquals(n / 4.0, magnitudes[16], 1e-2);
        assertEquals(n / 8.0, magnitudes[15], 1e-2);
        assertEquals(n / 8.0, magnitudes[17], 1e-2);
        assertEquals(0.0, magnitudes[40], 1e-2);
    }

    @Test
    void constantOneReadsHalfTheWindowAtDc() {
        float[] magnitudes = HannSpectrum.magnitudes(Signals.constant(1024, 1f));
        assertEquals(512.0, magnitudes[0], 1e-3);
        assertEquals(256.0, magnitudes[1], 1e-3);
        assertEquals(0.0, magnitudes[2], 1e-3);
    }
}
