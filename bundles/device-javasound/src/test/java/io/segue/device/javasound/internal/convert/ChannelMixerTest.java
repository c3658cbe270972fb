package io.segue.device.javasound.internal.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChannelMixerTest {

    @Test
    void stereoToMonoIsTheMeanOfTheTwoChannels() {
        float[] out = new float[3];

        new ChannelMixer(2, 1).mix(new float[] {1f, 0f, 0.5f, -0.5f, -1f, -0.5f}, 0, out, 3);

        assertArrayEquals(new float[] {0.5f, 0f, -0.75f}, out);
    }

    @Test
    void fourChannelsToStereoFoldTheRearPairOntoTheFront() {
        float[] out = new float[2];

        new ChannelMixer(4, 2).mix(new float[] {1f, 0.2f, 0f, 0.4f}, 0, out, 1);

        assertArrayEquals(new float[] {0.5f, 0.3f}, out, 1e-6f);
    }

    @Test
    void sixChannelsToMonoIsTheMeanOfAll() {
        float[] out = new float[1];

        new ChannelMixer(6, 1).mix(new float[] {0.6f, 0f, 0f, 0f, 0f, 0f}, 0, out, 1);

        assertArrayEquals(new float[] {0.1f}, out, 1e-6f);
    }

    @Test
    void monoToStereoDuplicates() {
        float[] out = new float[4];

        new ChannelMixer(1, 2).mix(new float[] {0.25f, -0.5f}, 0, out, 2);

        assertArrayEquals(new float[] {0.25f, 0.25f, -0.5f, -0.5f}, out);
    }

    @Test
    void readsFromTheGivenOffsetAndMayWorkInPlaceWhenNarrowing() {
        float[] x = {9f, 9f, 1f, 0f, 0f, 1f};
        float[] out = new float[2];
        new ChannelMixer(2, 1).mix(x, 2, out, 2);
        assertArrayEquals(new float[] {0.5f, 0.5f}, out);

        float[] inPlace = {1f, 0f, 0f, 1f, 1f, 1f};
        new ChannelMixer(2, 1).mix(inPlace, 0, inPlace, 3);
        assertArrayEquals(new float[] {0.5f, 0.5f, 1f}, new float[] {inPlace[0], inPlace[1], inPlace[2]});
    }

    @Test
    void refusesNonPositiveCounts() {
        assertThrows(IllegalArgumentException.class, () -> new ChannelMixer(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ChannelMixer(2, -1));
    }
}
