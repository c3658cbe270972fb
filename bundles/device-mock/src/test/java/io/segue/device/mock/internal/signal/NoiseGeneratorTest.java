package io.segue.device.mock.internal.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.device.mock.internal.testing.Measure;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NoiseGeneratorTest {

    private static final int N = 200_000;

    @Test
    void hasZeroMeanAndTheRmsOfAUniformDistribution() {
        float[] x = new float[N];
        new NoiseGenerator(42, 0.5).fill(x, 0, N);

        // the mean of N uniform samples has a standard deviation of 0.5 / sqrt(3 N) ~ 0.0006
        assertEquals(0, Measure.mean(x), 0.005);
        assertEquals(0.5 / Math.sqrt(3), Measure.rms(x), 0.5 / Math.sqrt(3) * 0.01);
        assertTrue(Measure.peak(x, 0, N) <= 0.5, "within the amplitude");
        assertTrue(Measure.peak(x, 0, N) > 0.49, "reaches near the amplitude");
    }

    @Test
    void theSameSeedGivesTheSameSamples() {
        float[] a = new float[4096];
        float[] b = new float[4096];
        new NoiseGenerator(7, 0.5).fill(a, 0, a.length);
        NoiseGenerator chunked = new NoiseGenerator(7, 0.5);
        chunked.fill(b, 0, 1001);
        chunked.fill(b, 1001, 4096 - 1001);

        assertArrayEquals(a, b);
    }

    @Test
    void anotherSeedGivesOtherSamples() {
        float[] a = new float[1024];
        float[] b = new float[1024];
        new NoiseGenerator(7, 0.5).fill(a, 0, a.length);
        new NoiseGenerator(8, 0.5).fill(b, 0, b.length);

        assertFalse(Arrays.equals(a, b));
    }

    @Test
    void samplesAreNotCorrelatedWithTheirNeighbours() {
        float[] x = new float[N];
        new NoiseGenerator(3, 1).fill(x, 0, N);
        double lag1 = 0;
        double energy = 0;
        for (int i = 1; i < N; i++) {
            lag1 += (double) x[i] * x[i - 1];
            energy += (double) x[i] * x[i];
        }

        assertEquals(0, lag1 / energy, 0.01);
    }

    @Test
    void refusesAnAmplitudeOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new NoiseGenerator(1, -0.1));
    }
}
