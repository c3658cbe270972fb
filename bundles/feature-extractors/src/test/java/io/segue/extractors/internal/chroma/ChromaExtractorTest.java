package io.segue.extractors.internal.chroma;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.extractors.internal.FrameFeeder;
import io.segue.extractors.internal.FrameFeeder.FrameValues;
import io.segue.extractors.internal.Signals;
import io.segue.extractors.internal.TestFrame;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChromaExtractorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final double SAMPLE_RATE = DEFAULT_FORMAT.sampleRateHz();
    private static final int A = 9;
    private static final int TUNING = 12;

    private final ChromaExtractor extractor = new ChromaExtractor();

    private float[] process(FeatureProcessor processor, long index, float[] samples) {
        float[] values = new float[13];
        processor.process(TestFrame.of(DEFAULT_FORMAT, index, samples), values);
        return values;
    }

    private static int argmaxChroma(float[] values) {
        int best = 0;
        for (int i = 1; i < 12; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void describesTwelvePitchClassesAndTheTuning() {
        ExtractorDescriptor descriptor = extractor.descriptor();
        assertEquals("chroma", descriptor.id());
        assertEquals(13, descriptor.valueCount());
        assertEquals(0, descriptor.offsetOf("chroma"));
        assertEquals(12, descriptor.offsetOf("tuning"));
        assertEquals(Set.of(InputDomain.MAGNITUDE_SPECTRUM), descriptor.inputs());
    }

    @Test
    void silenceIsAllZeroWithNoTuning() {
        float[] values = process(extractor.createProcessor(DEFAULT_FORMAT), 0, new float[N]);
        assertArrayEquals(new float[13], values, "chroma 0 and tuning 0 (no votes)");
    }

    @Test
    void oneSampleHasAFlatSpectrumSoEveryPitchClassIsNonZero() {
        float[] values = process(extractor.createProcessor(DEFAULT_FORMAT), 0, Signals.impulse(N, N / 2, 1f));
        float max = 0f;
        for (int p = 0; p < 12; p++) {
            assertTrue(values[p] > 0.3f && values[p] <= 1f, "pitch class " + p + ": " + values[p]);
            max = Math.max(max, values[p]);
        }
        assertEquals(1f, max);
        // a flat spectrum has no local maximum: no peak votes, the tuning stays 0
        assertEquals(0f, values[TUNING]);
    }

    @Test
    void a440IsAWithZeroTuning() {
        float[] values = process(extractor.createProcessor(DEFAULT_FORMAT), 0, Signals.sine(N, 440, SAMPLE_RATE, 0.5));
        assertEquals(1f, values[A]);
        assertEquals(0.0, values[TUNING], 0.015);
    }

    @Test
    void a446IsAWithAQuarterSemitoneOfTuning() {
        FrameFeeder feeder = new FrameFeeder(extractor, DEFAULT_FORMAT);
        List<FrameValues> frames = feeder.feed(Signals.sine((int) SAMPLE_RATE, 446, SAMPLE_RATE, 0.5));
        FrameValues last = frames.get(frames.size() - 1);
        // 12 log2(446 / 440) = 0.2345
        assertEquals(0.2345, last.value(TUNING), 0.015);
        assertEquals(A, argmaxChroma(last.values()));
    }

    @Test
    void twoConsecutiveFramesEachGiveTheirOwnChroma() {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        assertEquals(A, argmaxChroma(process(processor, 0, Signals.sine(N, 440, SAMPLE_RATE, 0.5))));
        // E5 = 659.26 Hz
        assertEquals(4, argmaxChroma(process(processor, 1, Signals.sine(N, 659.26, SAMPLE_RATE, 0.5))));
    }

    @Test
    void resetGivesTheValuesOfAFreshProcessor() {
        float[] sharp = Signals.sine(N, 452, SAMPLE_RATE, 0.5);
        float[] other = Signals.sine(N, 300, SAMPLE_RATE, 0.5);
        FeatureProcessor used = extractor.createProcessor(DEFAULT_FORMAT);
        process(used, 0, sharp);
        process(used, 1, sharp);
        used.reset();
        FeatureProcessor fresh = extractor.createProcessor(DEFAULT_FORMAT);
        assertArrayEquals(process(fresh, 0, other), process(used, 0, other));
    }

    @Test
    void wrongSizesAreRejected() {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        AnalysisFormat other = new AnalysisFormat(22050, 1024, 512);
        assertThrows(IllegalArgumentException.class,
                () -> processor.process(TestFrame.of(other, 0, new float[1024]), new float[13]));
        assertThrows(IllegalArgumentException.class,
                () -> processor.process(TestFrame.of(DEFAULT_FORMAT, 0, new float[N]), new float[12]));
    }

    @Test
    void tinyWindowsWork() {
        AnalysisFormat tiny = new AnalysisFormat(8000, 4, 4);
        float[] values = new float[13];
        extractor.createProcessor(tiny).process(TestFrame.of(tiny, 0, new float[] {0f, 1f, 0f, -1f}), values);
        for (int p = 0; p < 12; p++) {
            assertTrue(values[p] >= 0f && values[p] <= 1f, "pitch class " + p);
        }
        // bins at 0, 2000 and 4000 Hz: the middle one is the only candidate peak
        assertTrue(values[TUNING] >= -0.5f && values[TUNING] < 0.5f, "tuning " + values[TUNING]);
    }

    @Test
    void worksAtFileRates() {
        AnalysisFormat format = new AnalysisFormat(44100, 4096, 1024);
        float[] values = new float[13];
        extractor.createProcessor(format).process(TestFrame.of(format, 0, Signals.sine(4096, 392, 44100, 0.5)),
                values);
        assertEquals(7, argmaxChroma(values), "G4");
    }
}
