package io.segue.extractors.internal.rms;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.extractors.internal.Allocations;
import io.segue.extractors.internal.Signals;
import io.segue.extractors.internal.TestFrame;
import org.junit.jupiter.api.Test;

class RmsProcessorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();

    private final RmsProcessor processor = new RmsProcessor(DEFAULT_FORMAT);
    private final float[] values = new float[1];

    private float process(long index, float[] samples) {
        processor.process(TestFrame.of(DEFAULT_FORMAT, index, samples), values);
        return values[0];
    }

    @Test
    void fullScaleSine() {
        assertEquals(1 / Math.sqrt(2), process(0, Signals.sine(N, 440, 22050, 1.0)), 1e-3);
    }

    @Test
    void constantAndSilence() {
        assertEquals(0.5, process(0, Signals.constant(N, 0.5f)), 1e-6);
        assertEquals(0.0f, process(1, new float[N]));
    }

    @Test
    void singleSampleInTheWindowIsItsAmplitudeOverRootN() {
        assertEquals(0.8 / Math.sqrt(N), process(0, Signals.impulse(N, 100, 0.8f)), 1e-6);
    }

    @Test
    void consecutiveFramesAreIndependent() {
        float[] sine = Signals.sine(N, 1000, 22050, 0.5);
        float fresh = process(0, sine);
        assertEquals(0.0f, process(1, new float[N]), "silence after a sine");
        assertEquals(fresh, process(2, sine), "sine after silence");
    }

    @Test
    void resetGivesTheValuesOfANewProcessor() {
        float[] noise = Signals.whiteNoise(N, 3);
        float fresh = process(0, noise);
        process(1, Signals.alternating(N));
        processor.reset();
        assertEquals(fresh, process(0, noise));
    }

    @Test
    void emptyValuesArrayIsRefused() {
        TestFrame frame = TestFrame.of(DEFAULT_FORMAT, 0, new float[N]);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> processor.process(frame, new float[0]));
        assertTrue(e.getMessage().contains("'rms'"), e.getMessage());
    }

    @Test
    void longerValuesArrayKeepsItsTail() {
        float[] longer = {Float.NaN, 7f, 8f};
        processor.process(TestFrame.of(DEFAULT_FORMAT, 0, Signals.constant(N, 0.25f)), longer);
        assertEquals(0.25f, longer[0], 1e-6f);
        assertEquals(7f, longer[1]);
        assertEquals(8f, longer[2]);
    }

    @Test
    void frameOfAnotherWindowSizeIsRefused() {
        TestFrame frame = TestFrame.of(DEFAULT_FORMAT, 0, new float[N / 2]);
        assertThrows(IllegalArgumentException.class, () -> processor.process(frame, values));
    }

    @Test
    void processDoesNotAllocate() {
        TestFrame frame = TestFrame.of(DEFAULT_FORMAT, 0, Signals.whiteNoise(N, 5));
        long bytes = Allocations.bytesAllocatedBy(() -> processor.process(frame, values), 10_000);
        assertTrue(bytes < 1024, bytes + " bytes allocated in 10000 calls");
    }
}
