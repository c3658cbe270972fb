package io.segue.testing.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoiseSignalsTest {

    private static double rms(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v * v;
        }
        return Math.sqrt(sum / x.length);
    }

    @Test
    void ditherIsWithinOneLsbWithTheTriangularVariance() {
        float[] dither = NoiseSignals.dither16(100_000, 1);
        for (float x : dither) {
            assertTrue(Math.abs(x) < NoiseSignals.LSB_16);
        }
        // TPDF on (-LSB, LSB): variance LSB^2 / 6
        assertEquals(NoiseSignals.LSB_16 / Math.sqrt(6), rms(dither), 0.02 * NoiseSignals.LSB_16);
        assertArrayEquals(dither, NoiseSignals.dither16(100_000, 1));
    }

    @Test
    void whiteNoiseIsUniform() {
        float[] white = NoiseSignals.white(100_000, 0.5, 2);
        // uniform on [-a, a): RMS a / sqrt(3)
        assertEquals(0.5 / Math.sqrt(3), rms(white), 0.005);
    }

    @Test
    void pinkNoiseLosesThreeDecibelsPerOctave() {
        float[] pink = NoiseSignals.pink(1 << 17, 0.9, 3);
        float peak = 0f;
        for (float x : pink) {
            peak = Math.max(peak, Math.abs(x));
        }
        assertEquals(0.9f, peak, 1e-6f);
        // power in an octave band is the same for 1/f noise: compare 500..1000 Hz with 2000..4000 Hz at 44.1 kHz
        double low = bandPower(pink, 500, 1000);
        double high = bandPower(pink, 2000, 4000);
        assertEquals(0.0, 10 * Math.log10(high / low), 1.0);
    }

    /** Mean power per Hz times bandwidth, from a plain DFT at 50 Hz spacing over the first 8820 samples. */
    private static double bandPower(float[] x, double fromHz, double toHz) {
        int n = 8820;
        double total = 0;
        for (int block = 0; block < 10; block++) {
            for (double hz = fromHz; hz < toHz; hz += 5) {
                double re = 0;
                double im = 0;
                for (int i = 0; i < n; i++) {
                    double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / n);
                    re += w * x[block * n + i] * Math.cos(2 * Math.PI * hz * i / 44100);
                    im += w * x[block * n + i] * Math.sin(2 * Math.PI * hz * i / 44100);
                }
                total += re * re + im * im;
            }
        }
        return total;
    }
}
