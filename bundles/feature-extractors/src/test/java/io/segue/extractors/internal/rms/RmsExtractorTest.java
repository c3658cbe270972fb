package io.segue.extractors.internal.rms;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.extractors.internal.ProcessorRun;
import io.segue.extractors.internal.Signals;
import org.junit.jupiter.api.Test;

class RmsExtractorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();

    private final RmsExtractor extractor = new RmsExtractor();

    private final ProcessorRun run = new ProcessorRun(extractor, DEFAULT_FORMAT);

    @Test
    void fullScaleSine() {
        assertEquals(1 / Math.sqrt(2), run.value(0, Signals.sine(N, 440, 22050, 1.0)), 1e-3);
    }

    @Test
    void constantAndSilence() {
        assertEquals(0.5, run.value(0, Signals.constant(N, 0.5f)), 1e-6);
        assertEquals(0.0f, run.value(1, new float[N]));
    }

    @Test
    void singleSampleInTheWindowIsItsAmplitudeOverRootN() {
        assertEquals(0.8 / Math.sqrt(N), run.value(0, Signals.impulse(N, 100, 0.8f)), 1e-6);
    }

    @Test
    void consecutiveFramesAreIndependent() {
        float[] sine = Signals.sine(N, 1000, 22050, 0.5);
        float fresh = run.value(0, sine);
        assertEquals(0.0f, run.value(1, new float[N]), "silence after a sine");
        assertEquals(fresh, run.value(2, sine), "sine after silence");
    }
}
