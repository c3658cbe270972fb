package io.segue.extractors.internal.mel;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MelFilterBankTest {

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of(DEFAULT_FORMAT, 128), Arguments.of(new AnalysisFormat(44100, 2048, 512), 128),
                Arguments.of(new AnalysisFormat(44100, 4096, 1024), 128), Arguments.of(new AnalysisFormat(16000, 512, 128), 40), Arguments.of(new AnalysisFormat(48000, 1024, 256), 64));
    }

    @ParameterizedTest
    @CsvSource({
        // linear part: hz / (200/3)
        "0, 0", "200, 3", "440, 6.6", "1000, 15",
        // log part: 15 + 27 * ln(hz / 1000) / ln(6.4)
        "6400, 42", "40960, 69"})
    void slaneyMelKnownPoints(double hz, double mel) {
        assertEquals(mel, MelFilterBank.hzToMel(hz), 1e-12);
        assertEquals(hz, MelFilterBank.melToHz(mel), 1e-9 * Math.max(1, hz));
    }

    @Test
    void melRoundTripsAndIsContinuousAt1kHz() {
        for (double hz = 0; hz <= 24000; hz += 7.3) {
            assertEquals(hz, MelFilterBank.melToHz(MelFilterBank.hzToMel(hz)), 1e-9 * Math.max(1, hz), "hz " + hz);
        }
        // both formulas give 15 mel at 1 kHz: the scale has no jump there
        assertEquals(15.0, MelFilterBank.hzToMel(1000 - 1e-9), 1e-9);
        assertEquals(1000.0, MelFilterBank.melToHz(15 - 1e-12), 1e-9);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void edgesAreEquallySpacedInMelFromZeroToNyquist(AnalysisFormat format, int bands) {
        MelFilterBank bank = MelFilterBank.forFormat(format, bands);
        double nyquistMel = MelFilterBank.hzToMel(format.sampleRateHz() / 2.0);
        double step = nyquistMel / (bands + 1);
        assertEquals(0.0, bank.lowerHz(0), 1e-12);
        assertEquals(format.sampleRateHz() / 2.0, bank.upperHz(bands - 1), 1e-6);
        for (int b = 0; b < bands; b++) {
            assertEquals(b * step, MelFilterBank.hzToMel(bank.lowerHz(b)), 1e-9, "band " + b);
            assertEquals((b + 1) * step, MelFilterBank.hzToMel(bank.centerHz(b)), 1e-9, "band " + b);
            assertEquals((b + 2) * step, MelFilterBank.hzToMel(bank.upperHz(b)), 1e-9, "band " + b);
            if (b > 0) {
                assertEquals(bank.centerHz(b - 1), bank.lowerHz(b), 1e-9);
                assertEquals(bank.upperHz(b - 1), bank.centerHz(b), 1e-9);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("formats")
    void weightsAreTheSlaneyNormalisedTriangles(AnalysisFormat format, int bands) {
        MelFilterBank bank = MelFilterBank.forFormat(format, bands);
        double binHz = format.binFrequencyHz(1);
        for (int b = 0; b < bands; b++) {
            double lo = bank.lowerHz(b);
            double c = bank.centerHz(b);
            double hi = bank.upperHz(b);
            double peak = 2.0 / (hi - lo);
            for (int k = 0; k < format.spectrumSize(); k++) {
                double f = k * binHz;
                double expected = f <= lo || f >= hi ? 0.0 : f <= c ? peak * (f - lo) / (c - lo)
                        : peak * (hi - f) / (hi - c);
                assertEquals(expected, bank.weight(b, k), 1e-12 * peak, "band " + b + " bin " + k);
                // band edges: nothing outside (lo, hi), something at every bin inside
                assertEquals(f > lo && f < hi, bank.weight(b, k) > 0, "band " + b + " bin " + k);
            }
        }
    }

    /**
     * Each triangle has unit area over Hz, so its weights times the bin width sum to 1 up to the sampling error of
     * a piecewise-linear function: a kink whose slope jumps by J costs at most J * binHz^2 / 8, and the kinks of a
     * triangle of peak h jump by s1, s1 + s2 and s2 (s1 = h / (c - lo), s2 = h / (hi - c)).
     */
    @ParameterizedTest
    @MethodSource("formats")
    void weightsIntegrateToTheUnitSlaneyArea(AnalysisFormat format, int bands) {
        MelFilterBank bank = MelFilterBank.forFormat(format, bands);
        double binHz = format.binFrequencyHz(1);
        double worst = 0;
        for (int b = 0; b < bands; b++) {
            double lo = bank.lowerHz(b);
            double c = bank.centerHz(b);
            double hi = bank.upperHz(b);
            double peak = 2.0 / (hi - lo);
            double bound = binHz * binHz * (peak / (c - lo) + peak / (hi - c)) / 4;
            double sum = 0;
            for (int k = 0; k < format.spectrumSize(); k++) {
                sum += bank.weight(b, k);
            }
            assertEquals(1.0, sum * binHz, bound + 1e-12, "band " + b);
            worst = Math.max(worst, Math.abs(sum * binHz - 1));
        }
        System.out.printf("mel %d Hz/%d, %d bands: filter areas within %.2f %% of 1%n", format.sampleRateHz(),
                format.windowSize(), bands, 100 * worst);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void eachFilterPeaksAtTheBinNearestItsCentre(AnalysisFormat format, int bands) {
        MelFilterBank bank = MelFilterBank.forFormat(format, bands);
        double binHz = format.binFrequencyHz(1);
        for (int b = 0; b < bands; b++) {
            int argmax = -1;
            double max = 0;
            for (int k = 0; k < format.spectrumSize(); k++) {
                if (bank.weight(b, k) > max) {
                    max = bank.weight(b, k);
                    argmax = k;
                }
            }
            double centreBin = bank.centerHz(b) / binHz;
            assertTrue(argmax == Math.floor(centreBin) || argmax == Math.ceil(centreBin),
                    "band " + b + " peaks at bin " + argmax + ", centre at bin " + centreBin);
            assertTrue(max <= 2.0 / (bank.upperHz(b) - bank.lowerHz(b)) + 1e-15, "band " + b);
        }
    }

    @Test
    void sparseStorageCoversExactlyTheNonZeroBins() {
        MelFilterBank bank = MelFilterBank.forFormat(DEFAULT_FORMAT, 128);
        for (int b = 0; b < bank.bands(); b++) {
            int first = bank.firstBin(b);
            int count = bank.binCount(b);
            assertTrue(count > 0, "band " + b);
            assertTrue(bank.weight(b, first) > 0 && bank.weight(b, first + count - 1) > 0, "band " + b);
            if (first > 0) {
                assertEquals(0.0, bank.weight(b, first - 1));
            }
            if (first + count < bank.spectrumSize()) {
                assertEquals(0.0, bank.weight(b, first + count));
            }
        }
        assertEquals(0, bank.emptyBands());
    }

    @Test
    void powerBandsAreTheWeightedSumsOfSquaredMagnitudes() {
        AnalysisFormat format = new AnalysisFormat(8000, 64, 16);
        MelFilterBank bank = MelFilterBank.forFormat(format, 6);
        float[] magnitudes = new float[format.spectrumSize()];
        for (int k = 0; k < magnitudes.length; k++) {
            magnitudes[k] = 0.5f + k % 3;
        }
        double[] out = new double[6];
        bank.powerBands(magnitudes, out);
        double[] expected = new double[6];
        for (int b = 0; b < 6; b++) {
            for (int k = 0; k < magnitudes.length; k++) {
                expected[b] += bank.weight(b, k) * magnitudes[k] * magnitudes[k];
            }
        }
        assertArrayEquals(expected, out, 1e-12);
        assertThrows(IllegalArgumentException.class, () -> bank.powerBands(new float[32], out));
        assertThrows(IllegalArgumentException.class, () -> bank.powerBands(magnitudes, new double[5]));
    }

    @Test
    void aWindowTooShortLeavesEmptyBands() {
        // 44100 / 256 = 172 Hz per bin, but the lowest triangles are 2 * 0.46 mel * 66.7 Hz/mel = 62 Hz wide
        MelFilterBank bank = MelFilterBank.forFormat(new AnalysisFormat(44100, 256, 64), 128);
        assertTrue(bank.emptyBands() > 0);
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new MelFilterBank(0, 22050, 2048, 0, 11025));
        assertThrows(IllegalArgumentException.class, () -> new MelFilterBank(10, 22050, 2048, 500, 500));
        assertThrows(IllegalArgumentException.class, () -> new MelFilterBank(10, 22050, 2048, -1, 500));
        assertThrows(IllegalArgumentException.class, () -> new MelFilterBank(10, 0, 2048, 0, 500));
    }
}
