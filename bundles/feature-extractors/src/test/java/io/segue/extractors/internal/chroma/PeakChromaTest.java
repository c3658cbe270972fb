package io.segue.extractors.internal.chroma;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.extractors.internal.HannSpectrum;
import io.segue.extractors.internal.Signals;
import io.segue.testing.Allocations;
import org.junit.jupiter.api.Test;

class PeakChromaTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final int C = 0;
    private static final int E = 4;
    private static final int A = 9;

    private static PeakChroma keyChroma() {
        return new PeakChroma(DEFAULT_FORMAT, 100, 5000, 300, 10, 3.5, 1.5);
    }

    private static float[] add(float[] a, float[] b) {
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    @Test
    void silenceHasNoPeak() {
        PeakChroma chroma = keyChroma();
        double[] energies = new double[12];
        chroma.process(new float[N / 2 + 1], energies);
        assertEquals(0, chroma.lastPeaks());
        assertEquals(0.0, chroma.lastWeightedPower());
        for (double e : energies) {
            assertEquals(0.0, e);
        }
    }

    @Test
    void aSineIsOnePeakOnItsPitchClass() {
        PeakChroma chroma = keyChroma();
        double[] energies = new double[12];
        chroma.process(HannSpectrum.magnitudes(Signals.sine(N, 440, 22050, 0.5)), energies);
        assertEquals(1, chroma.lastPeaks());
        for (int p = 0; p < 12; p++) {
            assertTrue(p == A ? energies[p] > 0 : energies[p] == 0.0, "pitch class " + p + ": " + energies[p]);
        }
        // the peak bin holds most of a Hann main lobe's power, and the weighted power counts the whole lobe
        assertTrue(energies[A] > 0.3 * chroma.lastWeightedPower() && energies[A] < chroma.lastWeightedPower());
    }

    @Test
    void aDyadInLoudNoiseKeepsItsTwoPitchClasses() {
        // C4 and E4 at 0.3 each over white noise of RMS about 0.1 (10 dB below each tone)
        float[] dyad = add(Signals.sine(N, 261.63, 22050, 0.3), Signals.sine(N, 329.63, 22050, 0.3));
        float[] noisy = add(dyad, scale(Signals.whiteNoise(N, 5), 0.17f));
        PeakChroma chroma = keyChroma();
        double[] energies = new double[12];
        chroma.process(HannSpectrum.magnitudes(noisy), energies);
        double others = 0;
        for (int p = 0; p < 12; p++) {
            others += p == C || p == E ? 0 : energies[p];
        }
        assertTrue(energies[C] > 0 && energies[E] > 0, "C and E");
        assertTrue(others < 0.05 * (energies[C] + energies[E]), "other pitch classes: " + others);
    }

    private static float[] scale(float[] x, float gain) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= gain;
        }
        return x;
    }

    @Test
    void whiteNoiseHasLittleEnergyInTonalPeaks() {
        // a noise bin's power x (mean 1) is exponentially distributed and the neighbourhood's geometric mean is
        // exp(-0.5772) = 0.56: a bin stands 10 dB above it when x > 5.6, with probability exp(-5.6) = 0.4 %, and such
        // bins hold E[x; x > 5.6] = 6.6 exp(-5.6) = 2.4 % of the power (fewer still are local maxima)
        PeakChroma chroma = keyChroma();
        double[] energies = new double[12];
        double shares = 0;
        for (int seed = 0; seed < 50; seed++) {
            chroma.process(HannSpectrum.magnitudes(Signals.whiteNoise(N, seed)), energies);
            double share = java.util.Arrays.stream(energies).sum() / chroma.lastWeightedPower();
            assertTrue(share < 0.1, "seed " + seed + ": " + share);
            shares += share / 50;
        }
        assertTrue(shares < 0.03, "mean share " + shares);
    }

    @Test
    void anImpulseHasAFlatSpectrumAndNoPeak() {
        PeakChroma chroma = keyChroma();
        double[] energies = new double[12];
        chroma.process(HannSpectrum.magnitudes(Signals.impulse(N, N / 2, 1f)), energies);
        assertEquals(0, chroma.lastPeaks());
        assertTrue(chroma.lastWeightedPower() > 0);
    }

    @Test
    void theTuningEstimatePutsADetunedNoteOnItsPitchClass() {
        // 452.3 Hz is A4 0.477 semitone sharp (12 log2(452.3 / 440)): against A440 it would lie near the A / A#
        // boundary with a weight cos^2(0.477 pi) = 0.005; against the estimated tuning it is on A with weight ~1
        PeakChroma chroma = keyChroma();
        double[] energies = new double[12];
        float[] magnitudes = HannSpectrum.magnitudes(Signals.sine(N, 452.3, 22050, 0.5));
        for (int frame = 0; frame < 5; frame++) {
            chroma.process(magnitudes, energies);
        }
        assertEquals(0.477, chroma.tuningSemitones(), 0.02);
        assertTrue(energies[A] > 0.3 * chroma.lastWeightedPower(), energies[A] + " of " + chroma.lastWeightedPower());
        assertEquals(0.0, energies[A + 1]);
    }

    @Test
    void resetForgetsTheTuning() {
        PeakChroma chroma = keyChroma();
        double[] energies = new double[12];
        chroma.process(HannSpectrum.magnitudes(Signals.sine(N, 446, 22050, 0.5)), energies);
        assertTrue(chroma.tuningSemitones() > 0.2);
        chroma.reset();
        assertEquals(0.0, chroma.tuningSemitones());
        assertEquals(0, chroma.lastPeaks());
    }

    @Test
    void aToneBelowTheRangeIsNoPeak() {
        PeakChroma chroma = keyChroma();
        double[] energies = new double[12];
        chroma.process(HannSpectrum.magnitudes(Signals.sine(N, 50, 22050, 0.9)), energies);
        assertEquals(0, chroma.lastPeaks());
    }

    @Test
    void invalidRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PeakChroma(DEFAULT_FORMAT, 500, 100, 300, 10, 3.5, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new PeakChroma(DEFAULT_FORMAT, 100, 5000, 0, 10, 3.5, 1.5));
        assertThrows(IllegalArgumentException.class,
                () -> new PeakChroma(DEFAULT_FORMAT, 100, 5000, 300, Double.NaN, 3.5, 1.5));
    }

    @Test
    void processAllocatesNothing() {
        PeakChroma chroma = keyChroma();
        float[] magnitudes = HannSpectrum.magnitudes(Signals.sine(N, 262, 22050, 0.5));
        double[] energies = new double[12];
        assertEquals(0L, Allocations.leastBytesAllocatedBy(() -> chroma.process(magnitudes, energies), 500));
    }
}
