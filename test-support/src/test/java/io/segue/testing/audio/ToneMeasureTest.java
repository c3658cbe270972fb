package io.segue.testing.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ToneMeasureTest {

    @Test
    void aSineReadsItsFrequencyEvenBetweenBins() {
        float[] x = new float[22050];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(2 * Math.PI * 997.3 * i / 22050 + 0.3);
        }
        assertEquals(997.3, ToneMeasure.frequencyHz(x, 0, x.length, 22050), 0.01);
        assertEquals(997.3, ToneMeasure.frequencyHz(x, 5000, 9000, 22050), 0.05);
    }

    @Test
    void silenceHasNoFrequency() {
        assertThrows(AssertionError.class, () -> ToneMeasure.frequencyHz(new float[100], 0, 100, 22050));
    }
}
