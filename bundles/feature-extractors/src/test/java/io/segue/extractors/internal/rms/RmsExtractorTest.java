package io.segue.extractors.internal.rms;

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

class RmsExtractorTest {

    private final RmsExtractor extractor = new RmsExtractor();

    @Test
    void describesOneDimensionlessOutputFromTheWaveform() {
        ExtractorDescriptor d = extractor.descriptor();
        assertEquals("rms", d.id());
        assertEquals("1", d.version());
        assertEquals(Set.of(InputDomain.WAVEFORM), d.inputs());
        assertEquals(1, d.valueCount());
        OutputDescriptor output = d.outputs().get(0);
        assertEquals("rms", output.id());
        assertEquals("", output.unit());
        assertEquals(0.0, output.minValue());
        assertEquals(1.0, output.maxValue());
    }

    @Test
    void createsWorkingIndependentProcessorsForTheDefaultFormat() {
        FeatureProcessor first = extractor.createProcessor(DEFAULT_FORMAT);
        FeatureProcessor second = extractor.createProcessor(DEFAULT_FORMAT);
        assertNotSame(first, second);
        float[] values = new float[extractor.descriptor().valueCount()];
        first.process(TestFrame.of(DEFAULT_FORMAT, 0, Signals.constant(2048, -0.5f)), values);
        assertEquals(0.5f, values[0], 1e-6f);
    }

    @Test
    void nullFormatIsRefused() {
        assertThrows(NullPointerException.class, () -> extractor.createProcessor(null));
    }
}
