package io.segue.extractors.internal.zcr;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.Signals;
import io.segue.extractors.internal.TestFrame;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ZeroCrossingRateExtractorTest {

    private final ZeroCrossingRateExtractor extractor = new ZeroCrossingRateExtractor();

    @Test
    void describesOneDimensionlessOutputFromTheWaveform() {
        ExtractorDescriptor d = extractor.descriptor();
        assertEquals("zcr", d.id());
        assertEquals("1", d.version());
        assertEquals(Set.of(InputDomain.WAVEFORM), d.inputs());
        assertEquals(1, d.valueCount());
        OutputDescriptor output = d.outputs().get(0);
        assertEquals("zcr", output.id());
        assertEquals("", output.unit());
        assertEquals(0.0, output.minValue());
        assertEquals(1.0, output.maxValue());
    }

    @Test
    void createsWorkingIndependentProcessorsForTheDefaultFormat() {
        FeatureProcessor first = extractor.createProcessor(DEFAULT_FORMAT);
        assertNotSame(first, extractor.createProcessor(DEFAULT_FORMAT));
        float[] values = new float[extractor.descriptor().valueCount()];
        first.process(TestFrame.of(DEFAULT_FORMAT, 0, Signals.alternating(2048)), values);
        assertEquals(1f, values[0]);
    }

    @Test
    void worksDownToTheSmallestWindow() {
        AnalysisFormat tiny = new AnalysisFormat(8000, 2, 1);
        float[] values = new float[1];
        extractor.createProcessor(tiny).process(TestFrame.of(tiny, 0, new float[] {0.5f, -0.5f}), values);
        assertEquals(1f, values[0]);
    }

    @Test
    void nullFormatIsRefused() {
        assertThrows(NullPointerException.class, () -> extractor.createProcessor(null));
    }
}
