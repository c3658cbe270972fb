package org.example.segue.bassratio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The service as Segue's pipeline meets it: its descriptor, its processors and a configuration change. */
class BassRatioExtractorTest {

    private static final AnalysisFormat FORMAT = new AnalysisFormat(22050, 2048, 512);
    private static final float[] BASS_AND_MID = Spectra.bins(FORMAT, new int[] {5, 30}, new float[] {1, 1});

    @Test
    void theDescriptorNamesTwoOutputsFromTheSharedSpectrum() {
        ExtractorDescriptor d = new BassRatioExtractor().descriptor();
        assertEquals("bass-ratio", d.id());
        assertEquals(List.of("ratio", "smoothed"), d.outputs().stream().map(OutputDescriptor::id).toList());
        for (OutputDescriptor output : d.outputs()) {
            assertEquals(1, output.size(), output.id());
            assertEquals("", output.unit(), output.id() + " is a share, dimensionless");
            assertEquals(0.0, output.minValue(), output.id());
            assertEquals(1.0, output.maxValue(), output.id());
        }
        assertEquals(2, d.valueCount());
        assertEquals(1, d.offsetOf("smoothed"));
        assertEquals(Set.of(InputDomain.MAGNITUDE_SPECTRUM), d.inputs());
        assertEquals((int) Math.ceil(3 * 1.0 * 22050 / 512), d.historyFrames(), "three default time constants");
    }

    @Test
    void aProcessorWritesTheRatioAndTheSmoothedRatio() {
        FeatureProcessor processor = new BassRatioExtractor().createProcessor(FORMAT);
        TestFrame frame = new TestFrame(FORMAT);
        float[] values = {-1, -1, 7};
        processor.process(frame.next(Spectra.bins(FORMAT, new int[] {5, 100}, new float[] {3, 4})), values);
        assertEquals(0.36f, values[0], 1e-6f);
        assertEquals(0.36f, values[1], 1e-6f);
        assertEquals(7f, values[2], "beyond its two values the array is left alone");

        processor.process(frame.next(new float[FORMAT.spectrumSize()]), values);
        assertTrue(Float.isNaN(values[0]), "silence");
        assertEquals(0.36f, values[1], 1e-6f, "silence leaves the smoothed ratio");

        processor.reset();
        processor.process(frame.next(new float[FORMAT.spectrumSize()]), values);
        assertTrue(Float.isNaN(values[1]), "after reset nothing has been heard");
    }

    @Test
    void aChangedConfigurationReachesARunningProcessorFromItsNextFrame() {
        BassRatioExtractor extractor = new BassRatioExtractor(Configs.config(20, 150, 1));
        FeatureProcessor processor = extractor.createProcessor(FORMAT);
        TestFrame frame = new TestFrame(FORMAT);
        float[] values = new float[2];
        processor.process(frame.next(BASS_AND_MID), values);
        assertEquals(0.5f, values[0], "323 Hz is outside 20..150 Hz");

        extractor.modified(Configs.config(20, 400, 1));
        processor.process(frame.next(BASS_AND_MID), values);
        assertEquals(1f, values[0], "323 Hz is inside 20..400 Hz");
    }

    @Test
    void aBadConfigurationIsRefusedAndThePreviousOneKeepsRunning() {
        IllegalArgumentException atStart = assertThrows(IllegalArgumentException.class,
                () -> new BassRatioExtractor(Configs.config(5000, 6000, 1)));
        assertEquals("org.example.segue.bassratio: lowHz must be in 0..1000 Hz, was 5000", atStart.getMessage());

        BassRatioExtractor extractor = new BassRatioExtractor(Configs.config(20, 400, 1));
        FeatureProcessor processor = extractor.createProcessor(FORMAT);
        IllegalArgumentException change = assertThrows(IllegalArgumentException.class,
                () -> extractor.modified(Configs.config(20, 150, 0)));
        assertEquals("org.example.segue.bassratio: smoothingSeconds must be in 0.05..60 s, was 0",
                change.getMessage());
        float[] values = new float[2];
        processor.process(new TestFrame(FORMAT).next(BASS_AND_MID), values);
        assertEquals(1f, values[0], "still the 20..400 Hz band");
    }

    @Test
    void badArraysAreRefusedWithTheReason() {
        FeatureProcessor processor = new BassRatioExtractor().createProcessor(FORMAT);
        IllegalArgumentException shortValues = assertThrows(IllegalArgumentException.class,
                () -> processor.process(new TestFrame(FORMAT).next(BASS_AND_MID), new float[1]));
        assertEquals("bass ratio writes 2 values per frame, the values array holds 1", shortValues.getMessage());

        AnalysisFormat shorterWindow = new AnalysisFormat(22050, 1024, 512);
        IllegalArgumentException otherFormat = assertThrows(IllegalArgumentException.class,
                () -> processor.process(new TestFrame(shorterWindow).next(new float[513]), new float[2]));
        assertTrue(otherFormat.getMessage().endsWith("got 513"), otherFormat.getMessage());
    }

    @Test
    void processAllocatesNothing() {
        FeatureProcessor processor = new BassRatioExtractor().createProcessor(FORMAT);
        TestFrame frame = new TestFrame(FORMAT).next(BASS_AND_MID);
        float[] values = new float[2];
        // up to three rounds: an allocation per frame shows in every round, a late JIT compilation in one at most
        long bytes = Long.MAX_VALUE;
        for (int round = 0; round < 3 && bytes != 0; round++) {
            bytes = Math.min(bytes, bytesAllocatedBy(() -> processor.process(frame, values), 10_000));
        }
        assertEquals(0, bytes, "bytes allocated by 10 000 frames");
    }

    /** Bytes this thread allocates running {@code action} {@code times} times, after as many runs to warm up. */
    private static long bytesAllocatedBy(Runnable action, int times) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < times; i++) {
            action.run();
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < times; i++) {
            action.run();
        }
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
