package io.segue.device.javasound.internal.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.device.javasound.internal.testing.Tones;
import io.segue.testing.Allocations;
import io.segue.testing.audio.ToneMeasure;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinearResamplerTest {

    private static final double AMPLITUDE = 0.5;

    /** Resamples {@code x} in blocks of {@code blockFrames}; returns exactly the frames produced. */
    private static float[] resample(LinearResampler resampler, float[] x, int channels, int blockFrames) {
        int frames = x.length / channels;
        float[] out = new float[(resampler.maxOutputFrames(frames) + frames) * channels];
        float[] block = new float[blockFrames * channels];
        float[] blockOut = new float[resampler.maxOutputFrames(blockFrames) * channels];
        int produced = 0;
        for (int from = 0; from < frames; from += blockFrames) {
            int n = Math.min(blockFrames, frames - from);
            System.arraycopy(x, from * channels, block, 0, n * channels);
            int made = resampler.process(block, n, blockOut);
            assertTrue(made <= resampler.maxOutputFrames(n), "within the stated bound");
            System.arraycopy(blockOut, 0, out, produced * channels, made * channels);
            produced += made;
        }
        return Arrays.copyOf(out, produced * channels);
    }

    /**
     * A 1 kHz sine keeps its frequency within 0.5 Hz and its level within {@code toleranceDb}: linear interpolation
     * attenuates by up to {@code sinc²(1 kHz / inRate)}, 0.01 dB from 44.1 kHz, 0.11 dB from 16 kHz. The output
     * has {@code outRate / inRate} as many frames, less the one or two that wait for the next input frame.
     */
    @ParameterizedTest(name = "{0} Hz -> {1} Hz")
    @CsvSource({"44100, 22050, 0.02", "48000, 22050, 0.02", "22050, 44100, 0.05", "44100, 48000, 0.02",
        "96000, 44100, 0.02", "16000, 22050, 0.13"})
    void aSineKeepsItsFrequencyAndLevel(int inRate, int outRate, double toleranceDb) {
        float[] x = Tones.sine(1000, AMPLITUDE, inRate, inRate, 1);

        float[] y = resample(new LinearResampler(1, inRate, outRate), x, 1, 1000);

        assertTrue(y.length <= outRate && y.length >= outRate - 3, "frames: " + y.length);
        assertEquals(1000, ToneMeasure.frequencyHz(y, 0, y.length, outRate), 0.5);
        double level = Tones.rms(y, 0, y.length) / (AMPLITUDE / Math.sqrt(2));
        assertEquals(0, Tones.decibels(level), toleranceDb);
    }

    @Test
    void theFirstOutputIsTheFirstInputAndPositionsAreExact() {
        LinearResampler resampler = new LinearResampler(1, 2, 3);
        float[] out = new float[resampler.maxOutputFrames(4)];

        int n = resampler.process(new float[] {0f, 3f, 6f, 9f}, 4, out);

        // outputs at input times 0, 2/3, 4/3, 2, 8/3 of a ramp with slope 3
        assertEquals(5, n);
        assertArrayEquals(new float[] {0f, 2f, 4f, 6f, 8f}, Arrays.copyOf(out, n), 1e-6f);
    }

    @Test
    void theOutputDoesNotDependOnTheBlockSizes() {
        float[] x = Tones.sine(1000, AMPLITUDE, 48_000, 10_000, 2);

        float[] oneBlock = resample(new LinearResampler(2, 48_000, 22_050), x, 2, 10_000);
        float[] smallBlocks = resample(new LinearResampler(2, 48_000, 22_050), x, 2, 37);

        assertArrayEquals(oneBlock, smallBlocks);
    }

    @Test
    void channelsStayApart() {
        float[] x = new float[2000];
        for (int f = 0; f < 1000; f++) {
            x[2 * f] = 0.25f;
            x[2 * f + 1] = -0.75f;
        }

        float[] y = resample(new LinearResampler(2, 44_100, 22_050), x, 2, 256);

        for (int f = 0; f < y.length / 2; f++) {
            assertEquals(0.25f, y[2 * f], 1e-6f);
            assertEquals(-0.75f, y[2 * f + 1], 1e-6f);
        }
    }

    @Test
    void resetStartsANewStream() {
        LinearResampler resampler = new LinearResampler(1, 44_100, 22_050);
        float[] out = new float[resampler.maxOutputFrames(4)];
        resampler.process(new float[] {1f, 1f, 1f}, 3, out);

        resampler.reset();
        int n = resampler.process(new float[] {0.5f, 0.5f}, 2, out);

        assertEquals(1, n);
        assertEquals(0.5f, out[0]);
    }

    @Test
    void processingAllocatesNothing() {
        LinearResampler resampler = new LinearResampler(2, 48_000, 22_050);
        float[] in = Tones.sine(1000, AMPLITUDE, 48_000, 1024, 2);
        float[] out = new float[resampler.maxOutputFrames(1024) * 2];

        assertEquals(0, Allocations.leastBytesAllocatedBy(() -> resampler.process(in, 1024, out), 2000));
    }
}
