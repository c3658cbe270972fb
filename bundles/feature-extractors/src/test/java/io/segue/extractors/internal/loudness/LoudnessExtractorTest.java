package io.segue.extractors.internal.loudness;

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
import io.segue.extractors.internal.TestFrame;
import io.segue.testing.Allocations;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoudnessExtractorTest {

    private static final int RATE = DEFAULT_FORMAT.sampleRateHz();
    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final int HOP = DEFAULT_FORMAT.hopSize();

    private final LoudnessExtractor extractor = new LoudnessExtractor();

    private static float[] values() {
        return new float[LoudnessProcessor.VALUES];
    }

    /** The meter fed the whole signal once, as the reference for what the framed extractor must report. */
    private static LoudnessMeter meterOver(float[] signal, int length) {
        LoudnessMeter meter = new LoudnessMeter(RATE, LoudnessMeter.DUAL_MONO);
        meter.add(signal, 0, length);
        return meter;
    }

    @Test
    void describesFourOutputsFromTheWaveform() {
        ExtractorDescriptor d = extractor.descriptor();
        assertEquals("loudness", d.id());
        assertEquals(4, d.valueCount());
        assertEquals(0, d.offsetOf("momentary"));
        assertEquals(1, d.offsetOf("short-term"));
        assertEquals(2, d.offsetOf("integrated"));
        assertEquals(3, d.offsetOf("range"));
        assertEquals("LUFS", d.outputs().get(0).unit());
        assertEquals(Set.of(InputDomain.WAVEFORM), d.inputs());
    }

    @Test
    void overlappingFramesMeasureEachSampleOnce() {
        // framed with window 2048 / hop 512, the extractor must read what one meter fed the signal once reads
        float[] signal = ToneSequence.of(RATE, 2.0, -20, 3.0, -35, 2.0, -26);
        List<FrameValues> frames = new FrameFeeder(extractor, DEFAULT_FORMAT).feed(signal);
        FrameValues last = frames.get(frames.size() - 1);
        LoudnessMeter reference = meterOver(signal, (int) last.startSample() + N);
        assertEquals((float) reference.momentaryLufs(), last.value(0));
        assertEquals((float) reference.shortTermLufs(), last.value(1));
        assertEquals((float) reference.integratedLufs(), last.value(2));
        assertEquals((float) reference.loudnessRangeLu(), last.value(3));
    }

    @Test
    void silenceIsMinusInfinityWithNoIntegratedLoudness() {
        List<FrameValues> frames = new FrameFeeder(extractor, DEFAULT_FORMAT).feed(new float[RATE * 4]);
        float[] last = frames.get(frames.size() - 1).values();
        assertEquals(Float.NEGATIVE_INFINITY, last[0]);
        assertEquals(Float.NEGATIVE_INFINITY, last[1]);
        assertTrue(Float.isNaN(last[2]));
        assertTrue(Float.isNaN(last[3]));
    }

    @Test
    void firstFramesAreNanUntilTheWindowsFill() {
        List<FrameValues> frames = new FrameFeeder(extractor, DEFAULT_FORMAT)
                .feed(ToneSequence.of(RATE, 4.0, -23));
        for (FrameValues f : frames) {
            long end = f.startSample() + N;
            // the last completed 20 ms step decides: 400 ms = 8820 samples, 3 s = 66150 at 22050 Hz
            assertEquals(end < 8820, Float.isNaN(f.value(0)), "momentary at " + end);
            assertEquals(end < 66150, Float.isNaN(f.value(1)), "short-term at " + end);
            assertEquals(end < 8820, Float.isNaN(f.value(2)), "integrated at " + end);
            assertEquals(end < 66150, Float.isNaN(f.value(3)), "range at " + end);
        }
        assertEquals(-23.0, frames.get(frames.size() - 1).value(1), 0.1);
    }

    @Test
    void singleSampleImpulseIsMeasuredOnce() {
        // an impulse in the overlap of consecutive frames must count once: the same as the meter fed it once
        float[] signal = new float[N + 40 * HOP];
        signal[signal.length - 2 * HOP - 100] = 1f;
        List<FrameValues> frames = new FrameFeeder(extractor, DEFAULT_FORMAT).feed(signal);
        FrameValues last = frames.get(frames.size() - 1);
        LoudnessMeter reference = meterOver(signal, signal.length);
        assertTrue(Float.isFinite(last.value(0)));
        assertEquals((float) reference.momentaryLufs(), last.value(0));
        assertEquals((float) reference.integratedLufs(), last.value(2));
    }

    @Test
    void twoConsecutiveFramesAddOnlyTheHop() {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        float[] signal = ToneSequence.of(RATE, 1.0, -23);
        float[] window = new float[N];
        float[] values = values();
        for (int index = 0; index * HOP + N <= signal.length; index++) {
            System.arraycopy(signal, index * HOP, window, 0, N);
            processor.process(TestFrame.of(DEFAULT_FORMAT, index, window), values);
        }
        int frames = (signal.length - N) / HOP + 1;
        LoudnessMeter reference = meterOver(signal, (frames - 1) * HOP + N);
        assertEquals((float) reference.momentaryLufs(), values[0]);
        assertEquals(-23.0, values[0], 0.1);
    }

    @Test
    void gapRestartsTheWindowsAndKeepsTheIntegratedLoudness() {
        AnalysisFormat format = new AnalysisFormat(44100, 2048, 512);
        WaveformFeeder feeder = new WaveformFeeder(extractor.createProcessor(format), format);
        float[] before = feeder.feed(ToneSequence.of(44100, 5.0, -23)).clone();
        assertEquals(-23.0, before[2], 0.1);
        feeder.skip(44100 / 2);
        // the first frame after the gap: no window spans it, so momentary and short-term start over (NaN), while
        // the integrated loudness so far is kept
        float[] first = feeder.feed(ToneSequence.of(44100, 2048.0 / 44100, -40)).clone();
        assertTrue(Float.isNaN(first[0]));
        assertTrue(Float.isNaN(first[1]));
        assertEquals(before[2], first[2]);
        float[] after = feeder.feed(ToneSequence.of(44100, 1.0, -40));
        assertEquals(-40.0, after[0], 0.1);
        assertTrue(Float.isNaN(after[1]));
        // the -40 blocks are below the relative gate (-33): the integrated loudness stays that of the -23 tone
        assertEquals(before[2], after[2], 0.01);
    }

    @Test
    void resetGivesTheValuesOfAFreshProcessor() {
        float[] loud = ToneSequence.of(RATE, 4.0, -10);
        float[] quiet = ToneSequence.of(RATE, 4.0, -30);
        FrameFeeder used = new FrameFeeder(extractor, DEFAULT_FORMAT);
        used.feed(loud);
        used.reset();
        List<FrameValues> afterReset = used.feed(quiet);
        List<FrameValues> fresh = new FrameFeeder(extractor, DEFAULT_FORMAT).feed(quiet);
        assertEquals(fresh.size(), afterReset.size());
        for (int i = 0; i < fresh.size(); i++) {
            assertArrayEquals(fresh.get(i).values(), afterReset.get(i).values(), "frame " + i);
        }
    }

    @Test
    void processAllocatesNothing() {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        float[] signal = ToneSequence.of(RATE, 5.0, -23);
        float[] window = new float[N];
        float[] values = values();
        // 5 s of frames, the first half as warm-up: each run copies the next window into the frame's array
        int frames = (signal.length - N) / HOP + 1;
        TestFrame[] framesOf = new TestFrame[frames];
        for (int i = 0; i < frames; i++) {
            framesOf[i] = new TestFrame(DEFAULT_FORMAT, i, (long) i * HOP, window, new float[0]);
        }
        int[] next = {0};
        long allocated = Allocations.bytesAllocatedBy(() -> {
            int i = next[0]++;
            System.arraycopy(signal, i * HOP, window, 0, N);
            processor.process(framesOf[i], values);
        }, frames / 2);
        assertEquals(0, allocated);
        assertEquals(-23.0, values[1], 0.1);
    }

    @Test
    void wrongSizesAreRejected() {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        assertThrows(IllegalArgumentException.class,
                () -> processor.process(TestFrame.of(DEFAULT_FORMAT, 0, new float[N / 2]), values()));
        assertThrows(IllegalArgumentException.class,
                () -> processor.process(TestFrame.of(DEFAULT_FORMAT, 0, new float[N]), new float[3]));
        assertThrows(IllegalArgumentException.class,
                () -> extractor.createProcessor(new AnalysisFormat(3000, 256, 128)));
    }
}
