package io.segue.extractors.internal;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.centroid.SpectralCentroidExtractor;
import io.segue.extractors.internal.rms.RmsExtractor;
import io.segue.extractors.internal.zcr.ZeroCrossingRateExtractor;
import io.segue.testing.Allocations;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every built-in extractor's processors share: the contract of {@link ScalarExtractor}. */
class ScalarExtractorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();

    static Stream<ScalarExtractor> builtIns() {
        return Stream.of(new RmsExtractor(), new ZeroCrossingRateExtractor(), new SpectralCentroidExtractor());
    }

    private static TestFrame noise(long seed) {
        return TestFrame.of(DEFAULT_FORMAT, seed, Signals.whiteNoise(N, seed));
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void eachProcessorIsNewAndStateless(ScalarExtractor extractor) {
        FeatureProcessor first = extractor.createProcessor(DEFAULT_FORMAT);
        FeatureProcessor second = extractor.createProcessor(DEFAULT_FORMAT);
        assertNotSame(first, second);
        float[] a = new float[1];
        float[] b = new float[1];
        first.process(noise(1), a);
        first.process(TestFrame.of(DEFAULT_FORMAT, 2, Signals.alternating(N)), new float[1]);
        first.reset();
        first.process(noise(1), b);
        assertEquals(a[0], b[0], "after reset, as new");
        second.process(noise(1), b);
        assertEquals(a[0], b[0], "another processor gives the same value");
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void anEmptyValuesArrayIsRefusedNamingTheExtractor(ScalarExtractor extractor) {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> processor.process(noise(1), new float[0]));
        assertTrue(e.getMessage().contains("'" + extractor.descriptor().id() + "'"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void aLongerValuesArrayKeepsItsTail(ScalarExtractor extractor) {
        float[] longer = {Float.NaN, 7f, 8f};
        extractor.createProcessor(DEFAULT_FORMAT).process(noise(3), longer);
        assertTrue(Float.isFinite(longer[0]));
        assertEquals(7f, longer[1]);
        assertEquals(8f, longer[2]);
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void aFrameOfAnotherFormatIsRefused(ScalarExtractor extractor) {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        TestFrame wrong = new TestFrame(DEFAULT_FORMAT, 0, 0, new float[N / 2], new float[N / 4]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> processor.process(wrong, new float[1]));
        String expected = extractor.descriptor().inputs().contains(InputDomain.WAVEFORM)
                ? "expects 2048 samples" : "expects 1025 magnitudes";
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void aNullFormatIsRefused(ScalarExtractor extractor) {
        assertThrows(NullPointerException.class, () -> extractor.createProcessor(null));
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void processAllocatesNothing(ScalarExtractor extractor) {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        TestFrame frame = noise(5);
        float[] values = new float[1];
        long bytes = Allocations.bytesAllocatedBy(() -> processor.process(frame, values), 10_000);
        assertTrue(bytes < 1024, bytes + " bytes allocated in 10000 calls");
    }

    @Test
    void aDescriptorWithMoreThanOneValueIsNotScalar() {
        ExtractorDescriptor two = new ExtractorDescriptor("pair", "Pair", "1", "two values",
                List.of(new OutputDescriptor("pair", "Pair", "", 2, 0, 1, "two")), Set.of(InputDomain.WAVEFORM), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScalarExtractor(two, (input, format) -> 0) { });
        assertEquals("extractor 'pair' is not scalar: it needs exactly one value and one input", e.getMessage());
    }
}
