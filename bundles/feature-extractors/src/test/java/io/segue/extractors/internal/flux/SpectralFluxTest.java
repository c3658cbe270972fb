package io.segue.extractors.internal.flux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SpectralFluxTest {

    private final SpectralFlux flux = new SpectralFlux(4);

    @Test
    void theFirstSpectrumHasNoFlux() {
        assertEquals(0.0, flux.next(new float[] {1f, 0f, 0f, 0f}));
    }

    @Test
    void anUnchangedOrOnlyScaledSpectrumHasNoFlux() {
        flux.next(new float[] {1f, 2f, 3f, 4f});
        assertEquals(0.0, flux.next(new float[] {1f, 2f, 3f, 4f}), 1e-15);
        assertEquals(0.0, flux.next(new float[] {0.01f, 0.02f, 0.03f, 0.04f}), 1e-7);
    }

    @Test
    void isTheEuclideanDistanceOfTheL1NormalizedSpectra() {
        flux.next(new float[] {1f, 0f, 0f, 0f});
        // (1, 0, 0, 0) to (1/2, 1/2, 0, 0): sqrt(1/4 + 1/4); an L1 distance would be 1, with L2-normalized spectra
        // the distance would be 0.765
        assertEquals(Math.sqrt(0.5), flux.next(new float[] {3f, 3f, 0f, 0f}), 1e-12);
    }

    @Test
    void disjointSingleBinsAreTheFarthestApart() {
        flux.next(new float[] {0f, 5f, 0f, 0f});
        assertEquals(Math.sqrt(2), flux.next(new float[] {0f, 0f, 0f, 0.1f}), 1e-12);
    }

    @Test
    void silenceIsTheZeroVector() {
        assertEquals(0.0, flux.next(new float[4]));
        assertEquals(0.0, flux.next(new float[4]));
        // silence to sound: |p| = sqrt(1/4 + 1/4)
        assertEquals(Math.sqrt(0.5), flux.next(new float[] {2f, 2f, 0f, 0f}), 1e-12);
        // and back
        assertEquals(Math.sqrt(0.5), flux.next(new float[4]), 1e-12);
    }

    @Test
    void resetForgetsThePreviousSpectrum() {
        flux.next(new float[] {1f, 0f, 0f, 0f});
        flux.reset();
        assertEquals(0.0, flux.next(new float[] {0f, 0f, 0f, 1f}));
        assertEquals(Math.sqrt(2), flux.next(new float[] {1f, 0f, 0f, 0f}), 1e-12);
    }

    @Test
    void aSpectrumOfAnotherLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> flux.next(new float[5]));
        assertEquals("expects spectra of 4 bins, got 5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SpectralFlux(-1));
    }

    @Test
    void noBinsNoFlux() {
        SpectralFlux empty = new SpectralFlux(0);
        assertEquals(0.0, empty.next(new float[0]));
        assertEquals(0.0, empty.next(new float[0]));
    }
}
