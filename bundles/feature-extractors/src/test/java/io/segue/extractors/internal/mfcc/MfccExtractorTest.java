package io.segue.extractors.internal.mfcc;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.FrameFeeder;
import io.segue.extractors.internal.Signals;
import io.segue.extractors.internal.TestFrame;
import io.segue.testing.Allocations;
import io.segue.testing.Configs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MfccExtractorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final int SAMPLE_RATE = DEFAULT_FORMAT.sampleRateHz();
    private static final double SQRT_128 = Math.sqrt(128);

    private final MfccExtractor extractor = new MfccExtractor();
    private final FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);

    private float[] values(FeatureProcessor p, long index, float[] samples) {
        float[] values = new float[20];
        p.process(TestFrame.of(DEFAULT_FORMAT, index, samples), values);
        return values;
    }

    @Test
    void descriptorIsTheLibrosaPreset() {
        ExtractorDescriptor d = extractor.descriptor();
        assertEquals("mfcc", d.id());
        assertEquals("1", d.version());
        assertEquals(20, d.valueCount());
        assertEquals(0, d.historyFrames());
        assertEquals(java.util.Set.of(InputDomain.MAGNITUDE_SPECTRUM), d.inputs());
        OutputDescriptor out = d.outputs().get(0);
        assertEquals("mfcc", out.id());
        assertEquals("dB", out.unit());
        assertEquals(20, out.size());
        assertTrue(d.description().contains("its defaults"), d.description());
        assertEquals(d, new MfccExtractor(Configs.defaults(MfccConfig.class)).descriptor());
    }

    @Test
    void silenceAndALoneFirstSampleAreEveryBandAtMinus100Db() {
        float[] silent = values(processor, 0, new float[N]);
        assertEquals(-100 * SQRT_128, silent[0], 1e-3);
        for (int j = 1; j < 20; j++) {
            assertEquals(0.0, silent[j], 1e-3, "c" + j);
        }
        // the periodic Hann window is 0 at n = 0: an impulse there leaves nothing
        assertArrayEquals(silent, values(processor, 1, Signals.impulse(N, 0, 1f)));
    }

    @Test
    void anImpulseHasAFlatSpectrumAndSoEqualBandsOfAboutOnePerBinWidth() {
        // |X(k)| = w[N/2] = 1 in every bin; each unit-area Slaney triangle then sums to about 1 / binWidthHz
        float[] c = values(processor, 0, Signals.impulse(N, N / 2, 1f));
        double bandDb = 10 * Math.log10(N / (double) SAMPLE_RATE);
        // filter areas are within 3.8 % of 1 at this format (MelFilterBankTest): 0.17 dB per band
        assertEquals(SQRT_128 * bandDb, c[0], SQRT_128 * 0.17);
        double[] exact = NaiveMfcc.mfcc(Signals.impulse(N, N / 2, 1f), SAMPLE_RATE, 128, 20, 80);
        for (int j = 0; j < 20; j++) {
            assertEquals(exact[j], c[j], 1e-3, "c" + j);
        }
        System.out.printf("mfcc: impulse c0 = %.3f dB, flat-spectrum estimate %.3f dB%n", c[0], SQRT_128 * bandDb);
    }

    @Test
    void consecutiveFramesAreIndependent() {
        float[] sine = Signals.sine(N, 440, SAMPLE_RATE, 0.5);
        float[] noise = Signals.whiteNoise(N, 4);
        float[] first = values(processor, 0, sine);
        float[] second = values(processor, 1, noise);
        assertArrayEquals(first, values(processor, 2, sine));
        assertArrayEquals(second, values(extractor.createProcessor(DEFAULT_FORMAT), 0, noise));
        assertTrue(Math.abs(first[1] - second[1]) > 1, "a tone and noise differ in c1");
    }

    @Test
    void resetGivesTheValuesOfAFreshProcessor() {
        float[] signal = Signals.sine(4 * N, 1234, SAMPLE_RATE, 0.3);
        FrameFeeder feeder = new FrameFeeder(extractor, DEFAULT_FORMAT);
        List<FrameFeeder.FrameValues> before = feeder.feed(signal);
        feeder.reset();
        List<FrameFeeder.FrameValues> after = feeder.feed(signal);
        List<FrameFeeder.FrameValues> fresh = new FrameFeeder(extractor, DEFAULT_FORMAT).feed(signal);
        assertEquals(13, after.size());
        for (int i = 0; i < after.size(); i++) {
            assertArrayEquals(fresh.get(i).values(), after.get(i).values(), "frame " + i);
            assertArrayEquals(before.get(i).values(), after.get(i).values(), "frame " + i);
        }
    }

    @Test
    void wrongSizesAreRefused() {
        float[] samples = new float[N / 2];
        TestFrame shortFrame = TestFrame.of(new AnalysisFormat(SAMPLE_RATE, N / 2, 256), 0, samples);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> processor.process(shortFrame, new float[20]));
        assertTrue(e.getMessage().contains("1025 magnitudes"), e.getMessage());
        TestFrame frame = TestFrame.of(DEFAULT_FORMAT, 0, new float[N]);
        assertThrows(IllegalArgumentException.class, () -> processor.process(frame, new float[19]));
    }

    @Test
    void processAllocatesNothing() {
        TestFrame frame = TestFrame.of(DEFAULT_FORMAT, 0, Signals.whiteNoise(N, 1));
        float[] values = new float[20];
        assertEquals(0, Allocations.leastBytesAllocatedBy(() -> processor.process(frame, values), 2000));
    }

    @Test
    void worksAt44100AndRefusesAWindowTooShortForTheBands() {
        AnalysisFormat cd = new AnalysisFormat(44100, 2048, 512);
        List<FrameFeeder.FrameValues> frames =
                new FrameFeeder(extractor, cd).feed(Signals.sine(3 * 2048, 440, 44100, 0.5));
        assertEquals(9, frames.size());
        for (FrameFeeder.FrameValues frame : frames) {
            for (float v : frame.values()) {
                assertTrue(Float.isFinite(v));
            }
            assertTrue(frame.value(0) > -100 * SQRT_128 + 100, "a tone is far above silence");
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> extractor.createProcessor(new AnalysisFormat(44100, 256, 128)));
        assertTrue(e.getMessage().contains("too short for 128 mel bands"), e.getMessage());
        // fewer bands fit a short window
        MfccExtractor coarse =
                new MfccExtractor(Configs.of(MfccConfig.class, Map.of("melBands", 8, "coefficients", 8)));
        coarse.createProcessor(new AnalysisFormat(44100, 256, 128));
    }

    @Test
    void configurationSetsThePreset() {
        MfccExtractor custom = new MfccExtractor(
                Configs.of(MfccConfig.class, Map.of("coefficients", 13, "melBands", 40, "topDb", 60.0)));
        assertEquals(13, custom.descriptor().valueCount());
        assertTrue(custom.descriptor().description().contains("custom preset"), custom.descriptor().description());
        float[] signal = Signals.whiteNoise(N, 8);
        float[] values = new float[13];
        custom.createProcessor(DEFAULT_FORMAT).process(TestFrame.of(DEFAULT_FORMAT, 0, signal), values);
        double[] expected = NaiveMfcc.mfcc(signal, SAMPLE_RATE, 40, 13, 60);
        for (int j = 0; j < 13; j++) {
            assertEquals(expected[j], values[j], 1e-3, "c" + j);
        }
    }

    @Test
    void invalidConfigurationNamesKeyValueAndRange() {
        assertRefused(Map.of("melBands", 1), "melBands must be in 2..512, was 1");
        assertRefused(Map.of("melBands", 1000), "melBands must be in 2..512, was 1000");
        assertRefused(Map.of("coefficients", 0), "coefficients must be in 1..128 (at most melBands), was 0");
        assertRefused(Map.of("coefficients", 30, "melBands", 24),
                "coefficients must be in 1..24 (at most melBands), was 30");
        assertRefused(Map.of("topDb", 0.0), "topDb must be in 1.0..200.0 dB, was 0.0");
        assertRefused(Map.of("topDb", Double.NaN), "topDb must be in 1.0..200.0 dB, was NaN");
    }

    private static void assertRefused(Map<String, ?> config, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MfccExtractor(Configs.of(MfccConfig.class, config)));
        assertEquals(MfccConfig.PID + ": " + message, e.getMessage());
    }
}
