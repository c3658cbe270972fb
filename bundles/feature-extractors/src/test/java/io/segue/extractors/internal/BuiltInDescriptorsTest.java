package io.segue.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.centroid.SpectralCentroidExtractor;
import io.segue.extractors.internal.rms.RmsExtractor;
import io.segue.extractors.internal.zcr.ZeroCrossingRateExtractor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sanity of the descriptors of every extractor this bundle registers, taken together. */
class BuiltInDescriptorsTest {

    private static final List<FeatureExtractor> ALL =
            List.of(new RmsExtractor(), new ZeroCrossingRateExtractor(), new SpectralCentroidExtractor());

    @Test
    void idsAreUniqueAndLowercaseDashed() {
        Set<String> ids = new HashSet<>();
        for (FeatureExtractor extractor : ALL) {
            String id = extractor.descriptor().id();
            assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), id);
            assertTrue(ids.add(id), "duplicate id " + id);
        }
        assertEquals(Set.of("rms", "zcr", "spectral-centroid"), ids);
    }

    @Test
    void valueCountMatchesTheOutputs() {
        for (FeatureExtractor extractor : ALL) {
            ExtractorDescriptor d = extractor.descriptor();
            int sum = d.outputs().stream().mapToInt(OutputDescriptor::size).sum();
            assertEquals(sum, d.valueCount(), d.id());
            assertEquals(1, d.valueCount(), d.id());
            assertEquals(0, d.offsetOf(d.outputs().get(0).id()), d.id());
        }
    }

    @Test
    void everyDescriptorIsCompleteAndPerFrame() {
        for (FeatureExtractor extractor : ALL) {
            ExtractorDescriptor d = extractor.descriptor();
            assertEquals("1", d.version(), d.id());
            assertEquals(0, d.historyFrames(), d.id());
            assertEquals(1, d.inputs().size(), d.id());
            assertFalse(d.name().isBlank(), d.id());
            assertFalse(d.description().isBlank(), d.id());
            Set<String> outputIds = new HashSet<>();
            for (OutputDescriptor output : d.outputs()) {
                assertTrue(outputIds.add(output.id()), d.id() + " repeats output " + output.id());
                assertEquals(0.0, output.minValue(), d.id());
                assertFalse(output.description().isBlank(), d.id());
            }
        }
    }

    static Stream<Arguments> eachExtractor() {
        return Stream.of(
                Arguments.of(new RmsExtractor(), "rms", InputDomain.WAVEFORM, "rms", "", 1.0),
                Arguments.of(new ZeroCrossingRateExtractor(), "zcr", InputDomain.WAVEFORM, "zcr", "", 1.0),
                Arguments.of(new SpectralCentroidExtractor(), "spectral-centroid", InputDomain.MAGNITUDE_SPECTRUM,
                        "centroid", "Hz", Double.POSITIVE_INFINITY));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("eachExtractor")
    void describesItsOneOutputAndInput(FeatureExtractor extractor, String id, InputDomain input, String outputId,
            String unit, double maxValue) {
        ExtractorDescriptor d = extractor.descriptor();
        assertEquals(id, d.id());
        assertEquals(Set.of(input), d.inputs());
        OutputDescriptor output = d.outputs().get(0);
        assertEquals(outputId, output.id());
        assertEquals(unit, output.unit());
        assertEquals(maxValue, output.maxValue());
    }
}
