package io.segue.extractors.internal.zcr;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.extractors.internal.Allocations;
import io.segue.extractors.internal.Signals;
import io.segue.extractors.internal.TestFrame;
import org.junit.jupiter.api.Test;

class ZeroCrossingRateProcessorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();

    private final ZeroCrossingRateProcessor processor = new ZeroCrossingRateProcessor(DEFAULT_FORMAT);
    private final float[] values = new float[1];

    private float process(long index, float[] samples) {
        processor.process(TestFrame.of(DEFAULT_FORMAT, index, samples), values);
        return values[0];
    }

    @Test
    void sineAt440Hz() {
        double expected = 2 * 440.0 / 22050;
        assertEquals(expected, process(0, Signals.sine(N, 440, 22050, 0.7)), 0.02 * expected);
    }

    @Test
    void alternatingConstantAndSilence() {
        assertEquals(1.0f, process(0, Signals.alternating(N)));
        assertEquals(0.0f, process(1, Signals.constant(N, 0.5f)));
        assertEquals(0.0f, process(2, new float[N]));
    }

    @Test
    void singleNonZeroSampleInSilence() {
        assertEquals(0.0f, process(0, Signals.impulse(N, 100, 0.5f)), "zero is positive: no crossing");
        assertEquals(2.0 / (N - 1), process(1, Signals.impulse(N, 100, -0.5f)), 1e-7);
    }

    @Test
    void noCrossingIsCountedAcrossFrames() {
        float[] positive = Signals.constant(N, 0.5f);
        float[] negative = Signals.constant(N, -0.5f);
        assertEquals(0.0f, process(0, positive));
        assertEquals(0.0f, process(1, negative), "the sign change between the frames is not in either window");
        assertEquals(0.0f, process(2, positive));
    }

    @Test
    void resetGivesTheValuesOfANewProcessor() {
        float[] noise = Signals.whiteNoise(N, 11);
        float fresh = process(0, noise);
        process(1, Signals.alternating(N));
        processor.reset();
        assertEquals(fresh, process(0, noise));
        assertTrue(fresh > 0.4f && fresh < 0.6f, "white noise crosses about every other sample: " + fresh);
    }

    @Test
    void emptyValuesArrayIsRefused() {
        TestFrame frame = TestFrame.of(DEFAULT_FORMAT, 0, new float[N]);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> processor.process(frame, new float[0]));
        assertTrue(e.getMessage().contains("'zcr'"), e.getMessage());
    }

    @Test
    void longerValuesArrayKeepsItsTail() {
        float[] longer = {Float.NaN, 7f};
        processor.process(TestFrame.of(DEFAULT_FORMAT, 0, Signals.alternating(N)), longer);
        assertEquals(1f, longer[0]);
        assertEquals(7f, longer[1]);
    }

    @Test
    void frameOfAnotherWindowSizeIsRefused() {
        TestFrame frame = TestFrame.of(DEFAULT_FORMAT, 0, new float[N * 2]);
        assertThrows(IllegalArgumentException.class, () -> processor.process(frame, values));
    }

    @Test
    void processDoesNotAllocate() {
        TestFrame frame = TestFrame.of(DEFAULT_FORMAT, 0, Signals.whiteNoise(N, 5));
        long bytes = Allocations.bytesAllocatedBy(() -> processor.process(frame, values), 10_000);
        assertTrue(bytes < 1024, bytes + " bytes allocated in 10000 calls");
    }
}
