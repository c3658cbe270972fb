package io.segue.extractors.internal.centroid;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.Signals;
import io.segue.extractors.internal.TestFrame;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpectralCentroidExtractorTest {

    private final SpectralCentroidExtractor extractor = new SpectralCentroidExtractor();

    @Test
    void describesOneOutputInHzFromTheMagnitudeSpectrum() {
        ExtractorDescriptor d = extractor.descriptor();
        assertEquals("spectral-centroid", d.id());
        assertEquals("1", d.version());
        assertEquals(Set.of(InputDomain.MAGNITUDE_SPECTRUM), d.inputs());
        assertEquals(1, d.valueCount());
        OutputDescriptor output = d.outputs().get(0);
        assertEquals("centroid", output.id());
        assertEquals("Hz", output.unit());
        assertEquals(0.0, output.minValue());
        assertEquals(Double.POSITIVE_INFINITY, output.maxValue());
    }

    @Test
    void createsWorkingIndependentProcessorsForTheDefaultFormat() {
        FeatureProcessor first = extractor.createProcessor(DEFAULT_FORMAT);
        assertNotSame(first, extractor.createProcessor(DEFAULT_FORMAT));
        float[] values = new float[extractor.descriptor().valueCount()];
        first.process(TestFrame.of(DEFAULT_FORMAT, 0, Signals.sine(2048, 1000, 22050, 0.5)), values);
        assertEquals(1000f, values[0], 10f);
    }

    @Test
    void nullFormatIsRefused() {
        assertThrows(NullPointerException.class, () -> extractor.createProcessor(null));
    }
}
