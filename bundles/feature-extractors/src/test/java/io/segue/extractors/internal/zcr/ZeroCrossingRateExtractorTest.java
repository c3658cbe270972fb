package io.segue.extractors.internal.zcr;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.feature.AnalysisFormat;
import io.segue.extractors.internal.ProcessorRun;
import io.segue.extractors.internal.Signals;
import org.junit.jupiter.api.Test;

class ZeroCrossingRateExtractorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();

    private final ZeroCrossingRateExtractor extractor = new ZeroCrossingRateExtractor();

    private final ProcessorRun run = new ProcessorRun(extractor, DEFAULT_FORMAT);

    @Test
    void worksDownToTheSmallestWindow() {
        AnalysisFormat tiny = new AnalysisFormat(8000, 2, 1);
        assertEquals(1f, new ProcessorRun(extractor, tiny).value(0, new float[] {0.5f, -0.5f}));
    }

    @Test
    void sineAt440Hz() {
        double expected = 2 * 440.0 / 22050;
        assertEquals(expected, run.value(0, Signals.sine(N, 440, 22050, 0.7)), 0.02 * expected);
    }

    @Test
    void alternatingConstantAndSilence() {
        assertEquals(1.0f, run.value(0, Signals.alternating(N)));
        assertEquals(0.0f, run.value(1, Signals.constant(N, 0.5f)));
        assertEquals(0.0f, run.value(2, new float[N]));
    }

    @Test
    void singleNonZeroSampleInSilence() {
        assertEquals(0.0f, run.value(0, Signals.impulse(N, 100, 0.5f)), "zero is positive: no crossing");
        assertEquals(2.0 / (N - 1), run.value(1, Signals.impulse(N, 100, -0.5f)), 1e-7);
    }

    @Test
    void noCrossingIsCountedAcrossFrames() {
        float[] positive = Signals.constant(N, 0.5f);
        float[] negative = Signals.constant(N, -0.5f);
        assertEquals(0.0f, run.value(0, positive));
        assertEquals(0.0f, run.value(1, negative), "the sign change between the frames is not in either window");
        assertEquals(0.0f, run.value(2, positive));
    }
}
