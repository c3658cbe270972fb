package io.segue.stream.internal.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DownmixTest {

    @Test
    void stereoBecomesTheMeanOfItsChannels() {
        float[] mono = new float[2];
        assertEquals(0, Downmix.toMono(new float[] {1f, 0f, -0.5f, 0.5f}, 2, 2, mono));
        assertArrayEquals(new float[] {0.5f, 0f}, mono);
    }

    @Test
    void nonFiniteSamplesAreReplacedAndCounted() {
        float[] mono = new float[3];
        int replaced = Downmix.toMono(new float[] {Float.NaN, 0.25f, Float.POSITIVE_INFINITY}, 3, 1, mono);
        assertEquals(2, replaced);
        assertArrayEquals(new float[] {0f, 0.25f, 0f}, mono);

        float[] stereo = new float[1];
        assertEquals(1, Downmix.toMono(new float[] {Float.NEGATIVE_INFINITY, 0.5f}, 1, 2, stereo));
        assertEquals(0.25f, stereo[0]);
    }
}
