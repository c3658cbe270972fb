package io.segue.extractors.internal;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.bandwidth.SpectralBandwidthExtractor;
import io.segue.extractors.internal.contrast.SpectralContrastExtractor;
import io.segue.extractors.internal.flatness.SpectralFlatnessExtractor;
import io.segue.extractors.internal.flux.SpectralFluxExtractor;
import io.segue.extractors.internal.rolloff.SpectralRolloffExtractor;
import io.segue.testing.Allocations;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract the five spectral-shape extractors share: descriptors, fresh processors after {@code reset()}, refusal
 * of frames of another format and of short values arrays, values inside the declared range, no allocation.
 */
class SpectralShapeExtractorsTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final double RATE = DEFAULT_FORMAT.sampleRateHz();

    static Stream<FeatureExtractor> extractors() {
        return Stream.of(new SpectralBandwidthExtractor(), new SpectralRolloffExtractor(),
                new SpectralFlatnessExtractor(), new SpectralFluxExtractor(), new SpectralContrastExtractor());
    }

    static Stream<Arguments> descriptors() {
        return Stream.of(
                Arguments.of(new SpectralBandwidthExtractor(), "spectral-bandwidth", "bandwidth", "Hz", 1,
                        Double.POSITIVE_INFINITY, 0),
                Arguments.of(new SpectralRolloffExtractor(), "spectral-rolloff", "rolloff", "Hz", 1,
                        Double.POSITIVE_INFINITY, 0),
                Arguments.of(new SpectralFlatnessExtractor(), "spectral-flatness", "flatness", "", 1, 1.0, 0),
                Arguments.of(new SpectralFluxExtractor(), "spectral-flux", "flux", "", 1, Math.sqrt(2), 1),
                Arguments.of(new SpectralContrastExtractor(), "spectral-contrast", "contrast", "dB", 7,
                        Double.POSITIVE_INFINITY, 0));
    }

    /** Frames of a varied, gapless stream: noise, a sine, silence, an impulse, noise again. */
    private static List<TestFrame> stream() {
        return List.of(TestFrame.of(DEFAULT_FORMAT, 0, Signals.whiteNoise(N, 1)),
                TestFrame.of(DEFAULT_FORMAT, 1, Signals.sine(N, 1000, RATE, 0.8)),
                TestFrame.of(DEFAULT_FORMAT, 2, new float[N]),
                TestFrame.of(DEFAULT_FORMAT, 3, Signals.impulse(N, N / 3, 1f)),
                TestFrame.of(DEFAULT_FORMAT, 4, Signals.whiteNoise(N, 2)));
    }

    private static float[][] run(FeatureProcessor processor, int valueCount) {
        List<TestFrame> frames = stream();
        float[][] values = new float[frames.size()][valueCount];
        for (int i = 0; i < frames.size(); i++) {
            processor.process(frames.get(i), values[i]);
        }
        return values;
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("descriptors")
    void describesItsOutput(FeatureExtractor extractor, String id, String outputId, String unit, int size,
            double maxValue, int historyFrames) {
        ExtractorDescriptor d = extractor.descriptor();
        assertEquals(id, d.id());
        assertEquals("1", d.version());
        assertEquals(Set.of(InputDomain.MAGNITUDE_SPECTRUM), d.inputs());
        assertEquals(historyFrames, d.historyFrames());
        assertEquals(1, d.outputs().size());
        OutputDescriptor output = d.outputs().get(0);
        assertEquals(outputId, output.id());
        assertEquals(unit, output.unit());
        assertEquals(size, output.size());
        assertEquals(0.0, output.minValue());
        assertEquals(maxValue, output.maxValue());
        assertFalse(d.name().isBlank());
        assertFalse(d.description().isBlank());
        assertFalse(output.description().isBlank());
    }

    @ParameterizedTest
    @MethodSource("extractors")
    void resetGivesTheValuesOfAFreshProcessor(FeatureExtractor extractor) {
        int count = extractor.descriptor().valueCount();
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        float[][] first = run(processor, count);
        processor.reset();
        float[][] afterReset = run(processor, count);
        FeatureProcessor fresh = extractor.createProcessor(DEFAULT_FORMAT);
        assertNotSame(processor, fresh);
        float[][] ofFresh = run(fresh, count);
        for (int i = 0; i < first.length; i++) {
            assertArrayEquals(first[i], afterReset[i], "frame " + i + " after reset");
            assertArrayEquals(first[i], ofFresh[i], "frame " + i + " of a fresh processor");
        }
    }

    @ParameterizedTest
    @MethodSource("extractors")
    void valuesStayInTheDeclaredRange(FeatureExtractor extractor) {
        OutputDescriptor output = extractor.descriptor().outputs().get(0);
        for (float[] frame : run(extractor.createProcessor(DEFAULT_FORMAT), output.size())) {
            for (float v : frame) {
                assertTrue(v >= output.minValue() && v <= output.maxValue(), output.id() + " " + v);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("extractors")
    void aFrameOfAnotherFormatIsRefused(FeatureExtractor extractor) {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        TestFrame wrong = new TestFrame(DEFAULT_FORMAT, 0, 0, new float[N / 2], new float[N / 4 + 1]);
        float[] values = new float[extractor.descriptor().valueCount()];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> processor.process(wrong, values));
        assertTrue(e.getMessage().contains("expects 1025 magnitudes"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("extractors")
    void aShortValuesArrayIsRefusedNamingTheExtractor(FeatureExtractor extractor) {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        float[] values = new float[extractor.descriptor().valueCount() - 1];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> processor.process(stream().get(0), values));
        assertTrue(e.getMessage().contains("'" + extractor.descriptor().id() + "'"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("extractors")
    void aNullFormatIsRefused(FeatureExtractor extractor) {
        assertThrows(NullPointerException.class, () -> extractor.createProcessor(null));
    }

    @ParameterizedTest
    @MethodSource("extractors")
    void worksAtAnotherFormat(FeatureExtractor extractor) {
        AnalysisFormat format = new AnalysisFormat(44100, 4096, 1024);
        float[] values = new float[extractor.descriptor().valueCount()];
        extractor.createProcessor(format).process(TestFrame.of(format, 0, Signals.whiteNoise(4096, 3)), values);
        for (float v : values) {
            assertTrue(Float.isFinite(v) && v >= 0, "value " + v);
        }
    }

    @ParameterizedTest
    @MethodSource("extractors")
    void processAllocatesNothing(FeatureExtractor extractor) {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        TestFrame a = TestFrame.of(DEFAULT_FORMAT, 0, Signals.whiteNoise(N, 5));
        TestFrame b = TestFrame.of(DEFAULT_FORMAT, 1, Signals.sine(N, 440, RATE, 0.5));
        float[] values = new float[extractor.descriptor().valueCount()];
        long bytes = Allocations.bytesAllocatedBy(() -> {
            processor.process(a, values);
            processor.process(b, values);
        }, 5_000);
        assertTrue(bytes < 1024, bytes + " bytes allocated in 10000 calls");
    }

    @Test
    void idsAreDistinct() {
        assertEquals(5, extractors().map(e -> e.descriptor().id()).distinct().count());
    }
}
