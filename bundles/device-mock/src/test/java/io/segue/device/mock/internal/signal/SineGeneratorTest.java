package io.segue.device.mock.internal.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.device.mock.internal.testing.Measure;
import io.segue.testing.audio.ToneMeasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SineGeneratorTest {

    private static final int RATE = 22050;

    @ParameterizedTest
    @ValueSource(doubles = {440, 1000, 3217.5, 9000})
    void frequencyOverOneSecondIsWithinATenthOfAPercent(double hz) {
        float[] x = new float[RATE];
        new SineGenerator(hz, 0.5, RATE).fill(x, 0, x.length);

        double measured = ToneMeasure.frequencyHz(x, 0, x.length, RATE);

        assertEquals(hz, measured, hz * 0.001);
    }

    @Test
    void peakAndRmsFollowTheAmplitude() {
        float[] x = new float[RATE];
        new SineGenerator(440, 0.25, RATE).fill(x, 0, x.length);

        assertTrue(Measure.peak(x, 0, x.length) <= 0.25 + 1e-7, "never above the amplitude");
        assertEquals(0.25, Measure.peak(x, 0, x.length), 0.25 * 1e-3);
        assertEquals(0.25 / Math.sqrt(2), Measure.rms(x), 1e-4);
    }

    @Test
    void startsAtPhaseZero() {
        float[] x = new float[3];
        new SineGenerator(1000, 1, 8000).fill(x, 0, 3);

        assertArrayEquals(new float[] {0f, (float) Math.sqrt(0.5), 1f}, x, 1e-6f);
    }

    @Test
    void chunksOfOddSizesJoinWithoutAPhaseStep() {
        float[] whole = new float[RATE];
        new SineGenerator(440, 0.5, RATE).fill(whole, 0, whole.length);

        SineGenerator chunked = new SineGenerator(440, 0.5, RATE);
        float[] joined = new float[RATE];
        int[] sizes = {1, 7, 333, 1021, 2, 4093, 17};
        int done = 0;
        for (int i = 0; done < joined.length; i++) {
            int n = Math.min(sizes[i % sizes.length], joined.length - done);
            chunked.fill(joined, done, n);
            done += n;
        }

        assertArrayEquals(whole, joined);
        for (int n = 0; n < joined.length; n++) {
            assertEquals(0.5 * Math.sin(2 * Math.PI * 440 * n / RATE), joined[n], 1e-6, "sample " + n);
        }
    }

    @Test
    void keepsItsPhaseAfterAnHour() {
        int rate = 8000;
        SineGenerator sine = new SineGenerator(441, 1, rate);
        float[] chunk = new float[4096];
        long frames = 3600L * rate;
        long done = 0;
        while (done < frames) {
            int n = (int) Math.min(chunk.length, frames - done);
            sine.fill(chunk, 0, n);
            done += n;
        }
        sine.fill(chunk, 0, 64);

        for (int i = 0; i < 64; i++) {
            long n = frames + i;
            double exactCycles = (double) (n * 441 % rate) / rate; // exact phase, from integers
            assertEquals(Math.sin(2 * Math.PI * exactCycles), chunk[i], 1e-5, "sample " + n);
        }
    }

    @Test
    void refusesAFrequencyAtOrAboveHalfTheSampleRate() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new SineGenerator(11025, 0.5, RATE));
        assertTrue(e.getMessage().contains("frequency"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SineGenerator(0, 0.5, RATE));
        assertThrows(IllegalArgumentException.class, () -> new SineGenerator(Double.NaN, 0.5, RATE));
    }

    @Test
    void refusesAnAmplitudeOutsideZeroToOne() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new SineGenerator(440, 1.5, RATE));
        assertTrue(e.getMessage().contains("amplitude must be in [0, 1], was 1.5"), e.getMessage());
    }

    @Test
    void writesOnlyTheRangeAskedFor() {
        float[] x = {9, 9, 9, 9, 9};
        new SineGenerator(1000, 1, 8000).fill(x, 1, 3);

        assertEquals(9f, x[0]);
        assertEquals(0f, x[1]);
        assertEquals(9f, x[4]);
        assertThrows(IndexOutOfBoundsException.class, () -> new SineGenerator(1000, 1, 8000).fill(x, 3, 3));
    }
}
