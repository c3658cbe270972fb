package io.segue.extractors.internal.contrast;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.Signals;
import io.segue.extractors.internal.TestFrame;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpectralContrastExtractorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final double RATE = DEFAULT_FORMAT.sampleRateHz();
    private static final double BIN_HZ = RATE / N;

    private final SpectralContrastExtractor extractor = new SpectralContrastExtractor();
    private final FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);

    private float[] values(long index, float[] samples) {
        float[] values = new float[7];
        processor.process(TestFrame.of(DEFAULT_FORMAT, index, samples), values);
        return values;
    }

    /**
     * An impulse of {@code a} at N/4 (|DFT| a/2 in every bin) plus a unit sine on bin 100 (1077 Hz, band 3, whose
     * two largest bins read N/4 and N/8, in quadrature with or opposite to the impulse's tiny term).
     */
    private static float[] toneOverFlatFloor(float a) {
        float[] samples = Signals.sine(N, 100 * BIN_HZ, RATE, 1.0);
        samples[N / 4] += a;
        return samples;
    }

    @Test
    void silenceHasNoContrast() {
        assertArrayEquals(new float[7], values(0, new float[N]));
        assertArrayEquals(new float[7], values(1, Signals.impulse(N, 0, 1f)));
    }

    @Test
    void anImpulseHasAFlatSpectrumAndNoContrast() {
        for (float c : values(0, Signals.impulse(N, N / 4, 0.5f))) {
            assertEquals(0.0, c, 1e-3);
        }
    }

    @Test
    void aToneOverAFlatFloorStandsOutInItsBandOnly() {
        // band 3 (q = 2): peak (N/4 + N/8) / 2 = 384, valley a/2 = 0.005: 10 log10(76800) = 48.85 dB
        float[] c = values(0, toneOverFlatFloor(0.01f));
        double expected = 10 * Math.log10(384 / 0.005);
        System.out.println(String.format(Locale.ROOT, "spectral-contrast: tone over a flat floor %.3f dB in band 3, "
                + "expected %.3f dB; other bands %s", c[3], expected, Arrays.toString(c)));
        assertEquals(expected, c[3], 0.02);
        for (int band : new int[] {0, 1, 2, 4, 5, 6}) {
            assertEquals(0.0, c[band], 0.02, "band " + band);
        }
    }

    @Test
    void whiteNoiseHasModerateContrastAndATonePlentyMore() {
        float[] noise = values(0, Signals.whiteNoise(N, 11));
        float[] tone = values(1, Signals.sine(N, 1000, RATE, 0.5));
        for (int band = 0; band < 7; band++) {
            assertTrue(noise[band] > 3 && noise[band] < 40, "noise band " + band + ": " + noise[band]);
        }
        assertTrue(tone[3] > 60, "tone in band 3: " + tone[3]);
        assertTrue(tone[3] > noise[3] + 30, "tone " + tone[3] + " vs noise " + noise[3]);
    }

    @Test
    void consecutiveFramesAreIndependent() {
        float[] tone = values(0, toneOverFlatFloor(0.01f));
        assertEquals(10 * Math.log10(384 / 0.005), tone[3], 0.02);
        assertArrayEquals(new float[7], values(1, new float[N]));
        assertArrayEquals(tone, values(2, toneOverFlatFloor(0.01f)));
    }

    @Test
    void formatsTheBandsDoNotFitAreRefusedSayingWhy() {
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
                () -> extractor.createProcessor(new AnalysisFormat(8000, 2048, 512)));
        assertTrue(low.getMessage().startsWith("extractor 'spectral-contrast' cannot work at AnalysisFormat["
                + "sampleRateHz=8000, windowSize=2048, hopSize=512]: spectral contrast: the top band starts at 6400 Hz,"
                + " not below the Nyquist frequency 4000 Hz"), low.getMessage());
        IllegalArgumentException shortWindow = assertThrows(IllegalArgumentException.class,
                () -> extractor.createProcessor(new AnalysisFormat(44100, 256, 128)));
        assertTrue(shortWindow.getMessage().contains("fewer than 2 bins"), shortWindow.getMessage());
        extractor.createProcessor(new AnalysisFormat(44100, 512, 128));
        extractor.createProcessor(new AnalysisFormat(22050, 256, 128));
    }

    @Test
    void aLongerValuesArrayKeepsItsTail() {
        float[] longer = new float[9];
        longer[7] = 7f;
        longer[8] = 8f;
        processor.process(TestFrame.of(DEFAULT_FORMAT, 0, Signals.whiteNoise(N, 1)), longer);
        assertEquals(7f, longer[7]);
        assertEquals(8f, longer[8]);
    }
}
