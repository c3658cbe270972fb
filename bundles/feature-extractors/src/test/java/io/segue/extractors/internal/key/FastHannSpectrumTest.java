package io.segue.extractors.internal.key;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.extractors.internal.HannSpectrum;
import io.segue.extractors.internal.Signals;
import org.junit.jupiter.api.Test;

class FastHannSpectrumTest {

    @Test
    void matchesTheReferenceSpectrum() {
        float[] signal = Signals.whiteNoise(3000, 7);
        float[] fast = new float[1025];
        new FastHannSpectrum(2048).magnitudes(signal, 500, fast);
        float[] window = new float[2048];
        System.arraycopy(signal, 500, window, 0, 2048);
        float[] reference = HannSpectrum.magnitudes(window);
        for (int k = 0; k < reference.length; k++) {
            assertEquals(reference[k], fast[k], 1e-3f * (1 + reference[k]), "bin " + k);
        }
    }
}
