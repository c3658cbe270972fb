package io.segue.extractors.internal.chroma;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.extractors.internal.HannSpectrum;
import io.segue.extractors.internal.Signals;
import io.segue.testing.Allocations;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChromaTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final double SAMPLE_RATE = DEFAULT_FORMAT.sampleRateHz();
    private static final int A = 9;

    private static double hz(int midi) {
        return 440 * Math.pow(2, (midi - 69) / 12.0);
    }

    private static float[] chromaOf(Chroma chroma, float[] samples) {
        float[] out = new float[12];
        chroma.process(HannSpectrum.magnitudes(samples), out, 0);
        return out;
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The sum leaves out weights below 1e-3 of their bin's largest: the chroma moves by less than 0.1 %. */
    @Test
    void leavingOutTheSmallestWeightsChangesTheChromaByLessThanATenthOfAPercent() {
        java.util.Random random = new Random(3);
        Chroma chroma = new Chroma(DEFAULT_FORMAT);
        for (int trial = 0; trial < 10; trial++) {
            float[] magnitudes = new float[DEFAULT_FORMAT.spectrumSize()];
            for (int k = 0; k < magnitudes.length; k++) {
                magnitudes[k] = (float) Math.exp(3 * random.nextGaussian());
            }
            float[] sparse = new float[12];
            chroma.process(magnitudes, sparse, 0);
            double[] dense = new double[12];
            double max = 0;
            for (int p = 0; p < 12; p++) {
                for (int k = 0; k < magnitudes.length; k++) {
                    dense[p] += chroma.weight(p, k) * (double) magnitudes[k] * magnitudes[k];
                }
                max = Math.max(max, dense[p]);
            }
            for (int p = 0; p < 12; p++) {
                assertEquals(dense[p] / max, sparse[p], 1e-3, "trial " + trial + " pitch class " + p);
            }
        }
    }

    @Test
    void eachBinWeighsMostThePitchClassItLiesOn() {
        Chroma chroma = new Chroma(DEFAULT_FORMAT);
        int binOfA4 = (int) Math.round(440 / DEFAULT_FORMAT.binFrequencyHz(1));
        int binOfC5 = (int) Math.round(hz(72) / DEFAULT_FORMAT.binFrequencyHz(1));
        for (int p = 0; p < 12; p++) {
            if (p != A) {
                assertTrue(chroma.weight(A, binOfA4) > chroma.weight(p, binOfA4), "pitch class " + p);
            }
            if (p != 0) {
                assertTrue(chroma.weight(0, binOfC5) > chroma.weight(p, binOfC5), "pitch class " + p);
            }
        }
        // the octave weighting peaks at A5 = 880 Hz: A5 outweighs A4 and A7
        int binOfA5 = (int) Math.round(880 / DEFAULT_FORMAT.binFrequencyHz(1));
        int binOfA7 = (int) Math.round(3520 / DEFAULT_FORMAT.binFrequencyHz(1));
        assertTrue(chroma.weight(A, binOfA5) > chroma.weight(A, binOfA4));
        assertTrue(chroma.weight(A, binOfA5) > chroma.weight(A, binOfA7));
    }

    @ParameterizedTest
    @ValueSource(ints = {45, 57, 69, 81})
    void everyAIsA(int midi) {
        float[] values = chromaOf(new Chroma(DEFAULT_FORMAT), Signals.sine(N, hz(midi), SAMPLE_RATE, 0.5));
        assertEquals(1f, values[A]);
        // from A4 up a bin is less than half a semitone wide and a neighbour's Gaussian bump is exp(-2) = 0.14 of
        // the peak's, the others' far less; below, bins and so bumps are wider than a semitone (1.7 at 110 Hz)
        boolean resolved = hz(midi) >= 440;
        for (int p = 0; p < 12; p++) {
            if (p != A) {
                double bound = !resolved ? 0.9 : Math.abs(p - A) == 1 ? 0.3 : 0.05;
                assertTrue(values[p] < bound, "pitch class " + p + ": " + values[p]);
            }
        }
    }

    @Test
    void aMajorTriadLightsItsThreePitchClasses() {
        float[] c = Signals.sine(N, hz(60), SAMPLE_RATE, 0.3);
        float[] e = Signals.sine(N, hz(64), SAMPLE_RATE, 0.3);
        float[] g = Signals.sine(N, hz(67), SAMPLE_RATE, 0.3);
        float[] triad = new float[N];
        for (int i = 0; i < N; i++) {
            triad[i] = c[i] + e[i] + g[i];
        }
        float[] values = chromaOf(new Chroma(DEFAULT_FORMAT), triad);
        for (int p = 0; p < 12; p++) {
            if (p == 0 || p == 4 || p == 7) {
                assertTrue(values[p] > 0.5, "chord tone " + p + ": " + values[p]);
            } else {
                assertTrue(values[p] < 0.3, "pitch class " + p + ": " + values[p]);
            }
        }
    }

    @Test
    void levelDoesNotChangeTheChroma() {
        float[] loud = chromaOf(new Chroma(DEFAULT_FORMAT), Signals.sine(N, 330, SAMPLE_RATE, 1.0));
        float[] quiet = chromaOf(new Chroma(DEFAULT_FORMAT), Signals.sine(N, 330, SAMPLE_RATE, 0.001));
        assertArrayEquals(loud, quiet, 1e-4f);
    }

    @Test
    void silenceIsAllZero() {
        float[] values = chromaOf(new Chroma(DEFAULT_FORMAT), new float[N]);
        assertArrayEquals(new float[12], values);
    }

    @Test
    void a446HzSineIsStillAOnceTheTuningIsKnown() {
        Chroma chroma = new Chroma(DEFAULT_FORMAT);
        float[] samples = Signals.sine(N, 446, SAMPLE_RATE, 0.5);
        float[] values = new float[12];
        for (int i = 0; i < 5; i++) {
            values = chromaOf(chroma, samples);
        }
        assertEquals(0.2345, chroma.tuningSemitones(), 0.015);
        assertEquals(A, argmax(values));
    }

    @Test
    void theFilterFollowsTheTuning() {
        // bin 42 (452.2 Hz) lies 0.47 semitone above A440: in the bank for tuning 0 (a fresh one) its weights
        // are exp(-0.5 (2 * 0.47)^2) = 0.64 for A and exp(-0.5 (2 * 0.53)^2) = 0.57 for Bb, before the common
        // scaling; once the tuning reads 0.455 (a 451.6 Hz sine) it lies on A (1.0) and a semitone below Bb (0.14)
        Chroma chroma = new Chroma(DEFAULT_FORMAT);
        assertEquals(0.57 / 0.64, chroma.weight(10, 42) / chroma.weight(A, 42), 0.02);
        float[] samples = Signals.sine(N, 440 * Math.pow(2, 0.455 / 12), SAMPLE_RATE, 0.5);
        for (int i = 0; i < 5; i++) {
            chromaOf(chroma, samples);
        }
        assertEquals(0.455, chroma.tuningSemitones(), 0.015);
        assertEquals(Math.exp(-2 * 0.985 * 0.985), chroma.weight(10, 42) / chroma.weight(A, 42), 0.05);
        assertEquals(1f, chromaOf(chroma, samples)[A]);
    }

    @Test
    void writesAtTheOffsetAndAllocatesNothing() {
        Chroma chroma = new Chroma(DEFAULT_FORMAT);
        float[] magnitudes = HannSpectrum.magnitudes(Signals.sine(N, 440, SAMPLE_RATE, 0.5));
        float[] out = new float[15];
        out[0] = -7f;
        chroma.process(magnitudes, out, 2);
        assertEquals(-7f, out[0]);
        assertEquals(1f, out[2 + A]);
        assertEquals(0L, Allocations.leastBytesAllocatedBy(() -> chroma.process(magnitudes, out, 2), 200));
    }

    @Test
    void resetForgetsTheTuning() {
        Chroma chroma = new Chroma(DEFAULT_FORMAT);
        float[] sharp = Signals.sine(N, 446, SAMPLE_RATE, 0.5);
        chromaOf(chroma, sharp);
        chroma.reset();
        assertEquals(0.0, chroma.tuningSemitones());
        assertArrayEquals(chromaOf(new Chroma(DEFAULT_FORMAT), sharp), chromaOf(chroma, sharp));
    }

    @Test
    void otherFormatsWork() {
        AnalysisFormat format = new AnalysisFormat(44100, 4096, 1024);
        float[] out = new float[12];
        new Chroma(format).process(HannSpectrum.magnitudes(Signals.sine(4096, hz(64), 44100, 0.5)), out, 0);
        assertEquals(4, argmax(out));
        assertThrows(IllegalArgumentException.class, () -> new Chroma(DEFAULT_FORMAT, 5, 0));
    }
}
