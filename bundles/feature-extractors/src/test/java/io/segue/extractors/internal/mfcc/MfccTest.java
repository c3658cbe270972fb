package io.segue.extractors.internal.mfcc;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.extractors.internal.HannSpectrum;
import io.segue.extractors.internal.Signals;
import io.segue.extractors.internal.mel.MelFilterBank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MfccTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final int SAMPLE_RATE = DEFAULT_FORMAT.sampleRateHz();
    private static final double SQRT_128 = Math.sqrt(128);

    private final Mfcc mfcc = Mfcc.librosaDefaults(DEFAULT_FORMAT);

    private float[] coefficients(float[] samples) {
        return coefficients(mfcc, samples);
    }

    private static float[] coefficients(Mfcc mfcc, float[] samples) {
        float[] out = new float[mfcc.coefficients()];
        mfcc.compute(HannSpectrum.magnitudes(samples), out, 0);
        return out;
    }

    private static float[] richSignal(long seed) {
        float[] noise = Signals.whiteNoise(N, seed);
        float[] a = Signals.sine(N, 220, SAMPLE_RATE, 0.5);
        float[] b = Signals.sine(N, 3150, SAMPLE_RATE, 0.2);
        float[] out = new float[N];
        for (int i = 0; i < N; i++) {
            out[i] = a[i] + b[i] + 0.05f * noise[i];
        }
        return out;
    }

    @Test
    void dctMatrixIsOrthonormal() {
        double[][] d = Mfcc.dctMatrix(128, 128);
        double worst = 0;
        for (int i = 0; i < 128; i++) {
            for (int j = 0; j < 128; j++) {
                double dot = 0;
                for (int b = 0; b < 128; b++) {
                    dot += d[i][b] * d[j][b];
                }
                worst = Math.max(worst, Math.abs(dot - (i == j ? 1 : 0)));
            }
        }
        assertTrue(worst < 1e-12, "max |D D^T - I| = " + worst);
        // the 20 x 128 matrix the preset uses is the top of it
        double[][] top = Mfcc.dctMatrix(20, 128);
        for (int j = 0; j < 20; j++) {
            for (int b = 0; b < 128; b++) {
                assertEquals(d[j][b], top[j][b], 0.0);
            }
        }
        assertEquals(1 / SQRT_128, d[0][5], 1e-15);
        assertEquals(Math.sqrt(2.0 / 128) * Math.cos(Math.PI * 3 * 11 / 256), d[3][5], 1e-15);
    }

    @Test
    void silenceIsEveryBandAtMinus100Db() {
        float[] c = coefficients(new float[N]);
        assertEquals(-100 * SQRT_128, c[0], 1e-3);
        for (int j = 1; j < 20; j++) {
            assertEquals(0.0, c[j], 1e-3, "c" + j);
        }
        double[] levels = new double[128];
        mfcc.melLevelsDb(new float[DEFAULT_FORMAT.spectrumSize()], levels);
        for (double level : levels) {
            assertEquals(-100.0, level, 1e-12);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.1, 0.5, 3.0})
    void aGainMovesOnlyC0ByItsDecibelsTimesSqrt128(double gain) {
        float[] reference = richSignal(7);
        float[] scaled = new float[N];
        for (int i = 0; i < N; i++) {
            scaled[i] = (float) (reference[i] * gain);
        }
        float[] c = coefficients(reference);
        float[] g = coefficients(scaled);
        // every band, and the frame's top_db floor with them, moves by 20 log10(gain) dB
        assertEquals(c[0] + 20 * Math.log10(gain) * SQRT_128, g[0], 2e-3);
        for (int j = 1; j < 20; j++) {
            assertEquals(c[j], g[j], 2e-3, "c" + j);
        }
    }

    @Test
    void belowTheAminFloorEveryFrameLooksLikeSilence() {
        // noise at 1e-7: band powers of about 24 * 1e-14, far under amin = 1e-10
        float[] faint = new float[N];
        float[] noise = Signals.whiteNoise(N, 3);
        for (int i = 0; i < N; i++) {
            faint[i] = noise[i] * 1e-7f;
        }
        float[] c = coefficients(faint);
        assertEquals(-100 * SQRT_128, c[0], 1e-3);
        assertEquals(0.0, c[1], 1e-3);
        // at 1e-5 (band powers about 2.4e-9) the floor has not bitten yet: the gain rule holds against 1e-4
        float[] a = new float[N];
        float[] b = new float[N];
        for (int i = 0; i < N; i++) {
            a[i] = noise[i] * 1e-5f;
            b[i] = noise[i] * 1e-4f;
        }
        float[] ca = coefficients(a);
        float[] cb = coefficients(b);
        assertEquals(cb[0] - 20 * SQRT_128, ca[0], 2e-3);
        assertEquals(cb[5], ca[5], 2e-3);
    }

    @ParameterizedTest
    @ValueSource(doubles = {150, 440, 1000, 2500, 7000})
    void aSineIsLoudestInABandThatContainsIt(double hz) {
        double[] levels = new double[128];
        mfcc.melLevelsDb(HannSpectrum.magnitudes(Signals.sine(N, hz, SAMPLE_RATE, 0.5)), levels);
        int loudest = 0;
        for (int b = 1; b < 128; b++) {
            if (levels[b] > levels[loudest]) {
                loudest = b;
            }
        }
        MelFilterBank bank = mfcc.filterBank();
        assertTrue(bank.lowerHz(loudest) < hz && hz < bank.upperHz(loudest),
                hz + " Hz is loudest in band " + loudest + " (" + bank.lowerHz(loudest) + " .. "
                        + bank.upperHz(loudest) + " Hz)");
        // and it is one of the two bands whose centres bracket it
        int below = 0;
        while (below + 1 < 128 && bank.centerHz(below + 1) <= hz) {
            below++;
        }
        assertTrue(loudest == below || loudest == below + 1, "band " + loudest + ", centres bracket at " + below);
    }

    @Test
    void topDbFloorsBandsAtTheFramesLoudestMinus80() {
        // a pure tone: its band holds about 40 dB, the bands far from it only window leakage, far below
        double[] levels = new double[128];
        mfcc.melLevelsDb(HannSpectrum.magnitudes(Signals.sine(N, 1000, SAMPLE_RATE, 1.0)), levels);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        int atFloor = 0;
        for (double level : levels) {
            max = Math.max(max, level);
            min = Math.min(min, level);
        }
        for (double level : levels) {
            if (level == max - 80) {
                atFloor++;
            }
        }
        assertEquals(max - 80, min, 1e-9);
        assertTrue(atFloor > 10, atFloor + " bands at the floor");

        Mfcc unbounded = new Mfcc(mfcc.filterBank(), 20, Double.POSITIVE_INFINITY);
        double[] raw = new double[128];
        unbounded.melLevelsDb(HannSpectrum.magnitudes(Signals.sine(N, 1000, SAMPLE_RATE, 1.0)), raw);
        for (int b = 0; b < 128; b++) {
            assertEquals(Math.max(raw[b], max - 80), levels[b], 1e-9, "band " + b);
        }
    }

    @Test
    void agreesWithTheFormulasComputedNaively() {
        double worst = 0;
        float[][] signals = {richSignal(11), Signals.sine(N, 1000, SAMPLE_RATE, 1.0), Signals.whiteNoise(N, 5),
            Signals.impulse(N, 700, 0.8f)};
        for (float[] signal : signals) {
            double[] expected = NaiveMfcc.mfcc(signal, SAMPLE_RATE, 128, 20, 80);
            float[] actual = coefficients(signal);
            for (int j = 0; j < 20; j++) {
                assertEquals(expected[j], actual[j], 1e-3, "c" + j);
                worst = Math.max(worst, Math.abs(expected[j] - actual[j]));
            }
        }
        System.out.printf("mfcc: 4 frames agree with the naive double-precision formulas within %.1e dB%n", worst);
    }

    @Test
    void agreesWithTheFormulasAt44100AndACustomPreset() {
        AnalysisFormat format = new AnalysisFormat(44100, 1024, 256);
        Mfcc custom = new Mfcc(MelFilterBank.forFormat(format, 40), 13, 60);
        float[] signal = Signals.whiteNoise(1024, 9);
        for (int i = 0; i < signal.length; i++) {
            signal[i] += (float) (0.3 * Math.sin(2 * Math.PI * 5000 * i / 44100.0));
        }
        double[] expected = NaiveMfcc.mfcc(signal, 44100, 40, 13, 60);
        float[] actual = coefficients(custom, signal);
        for (int j = 0; j < 13; j++) {
            assertEquals(expected[j], actual[j], 1e-3, "c" + j);
        }
    }

    @Test
    void rejectsAnImpossiblePreset() {
        MelFilterBank bank = MelFilterBank.forFormat(DEFAULT_FORMAT, 16);
        assertThrows(IllegalArgumentException.class, () -> new Mfcc(bank, 17, 80));
        assertThrows(IllegalArgumentException.class, () -> new Mfcc(bank, 0, 80));
        assertThrows(IllegalArgumentException.class, () -> new Mfcc(bank, 13, 0));
        assertThrows(IllegalArgumentException.class, () -> new Mfcc(bank, 13, Double.NaN));
        assertThrows(IndexOutOfBoundsException.class,
                () -> mfcc.compute(new float[DEFAULT_FORMAT.spectrumSize()], new float[20], 1));
        assertThrows(IllegalArgumentException.class, () -> mfcc.compute(new float[100], new float[20], 0));
    }
}
