package io.segue.stream.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.testing.Allocations;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameAnalyzerTest {

    private static final AnalysisFormat FORMAT = new AnalysisFormat(22050, 2048, 512);

    private final List<String> problems = new ArrayList<>();

    private FrameAnalyzer analyzer(AnalysisFormat format, ExtractorBinding... bindings) {
        FrameAnalyzer analyzer = new FrameAnalyzer(format, 0, 0, problems::add);
        analyzer.setExtractors(ExtractorSet.create(List.of(bindings), format, ExtractorSet.EMPTY, problems::add));
        return analyzer;
    }

    private static float[] ramp(int from, int count) {
        float[] samples = new float[count];
        for (int i = 0; i < count; i++) {
            samples[i] = from + i;
        }
        return samples;
    }

    @Test
    void firstFrameComesWithTheFullWindowThenOneFramePerHop() {
        FrameAnalyzer analyzer = analyzer(FORMAT, TestExtractors.bind(TestExtractors.position()));
        List<float[]> frames = new ArrayList<>();
        // chunks of 1024: a window after 2 chunks, then 2 frames per chunk
        for (int chunk = 0; chunk < 4; chunk++) {
            analyzer.accept(ramp(chunk * 1024, 1024), 1024, 0, (frame, set) -> frames.add(set.values[0].clone()));
        }
        assertEquals(5, frames.size(), "4096 samples hold windows starting at 0, 512, 1024, 1536, 2048");
        for (int i = 0; i < frames.size(); i++) {
            assertEquals(i * 512f, frames.get(i)[0], "start sample of frame " + i);
            assertEquals(i * 512f, frames.get(i)[1], "first sample of frame " + i + " is the sample at its start");
            assertEquals(2048f, frames.get(i)[2]);
        }
        assertEquals(5, analyzer.nextIndex());
        assertEquals(5 * 512, analyzer.nextStartSample());
    }

    @Test
    void chunkSizeDoesNotChangeTheFrames() {
        List<Float> byBigChunks = new ArrayList<>();
        List<Float> byOddChunks = new ArrayList<>();
        FrameAnalyzer big = analyzer(FORMAT, TestExtractors.bind(TestExtractors.position()));
        FrameAnalyzer odd = analyzer(FORMAT, TestExtractors.bind(TestExtractors.position()));
        float[] signal = ramp(0, 10_000);
        big.accept(signal, signal.length, 0, (frame, set) -> byBigChunks.add(set.values[0][1]));
        for (int offset = 0; offset < signal.length; offset += 37) {
            int n = Math.min(37, signal.length - offset);
            float[] part = java.util.Arrays.copyOfRange(signal, offset, offset + n);
            odd.accept(part, n, 0, (frame, set) -> byOddChunks.add(set.values[0][1]));
        }
        assertEquals(byBigChunks, byOddChunks);
        assertEquals((10_000 - 2048) / 512 + 1, byBigChunks.size());
    }

    @Test
    void spectrumPeaksAtTheSineFrequency() {
        FrameAnalyzer analyzer = analyzer(FORMAT, TestExtractors.bind(TestExtractors.peakBin()));
        float[] sine = new float[4096];
        double hz = 1000;
        for (int i = 0; i < sine.length; i++) {
            sine[i] = (float) Math.sin(2 * Math.PI * hz * i / 22050);
        }
        List<Float> peaks = new ArrayList<>();
        analyzer.accept(sine, sine.length, 0, (frame, set) -> peaks.add(set.values[0][0]));
        double binWidth = 22050.0 / 2048;
        for (float peak : peaks) {
            assertEquals(hz, peak, binWidth / 2, "loudest bin is the one nearest 1000 Hz");
        }
    }

    @Test
    void fullScaleSineOfAnExactBinReadsAQuarterOfTheWindowSize() {
        // documented scale of AnalysisFrame.magnitudes(): unnormalized, Hann's coherent gain 0.5, half in each side
        int bin = 64;
        float[] sine = new float[2048];
        for (int i = 0; i < sine.length; i++) {
            sine[i] = (float) Math.sin(2 * Math.PI * bin * i / 2048);
        }
        float[][] seen = new float[1][];
        FrameAnalyzer analyzer = analyzer(FORMAT, TestExtractors.bind(TestExtractors.simple("copy",
                java.util.Set.of(io.segue.api.feature.InputDomain.MAGNITUDE_SPECTRUM), 1,
                (frame, values) -> seen[0] = frame.magnitudes().clone())));
        analyzer.accept(sine, sine.length, 0, (frame, set) -> { });
        assertEquals(2048 / 4.0, seen[0][bin], 0.5);
        assertEquals(2048 / 8.0, seen[0][bin - 1], 0.5, "Hann puts half the peak into each neighbouring bin");
    }

    @Test
    void aFailingProcessorIsDisabledAndTheOthersGoOn() {
        FrameAnalyzer analyzer = analyzer(FORMAT, TestExtractors.bind(TestExtractors.failing()),
                TestExtractors.bind(TestExtractors.counter()));
        List<Float> counts = new ArrayList<>();
        analyzer.accept(new float[4096], 4096, 0, (frame, set) -> counts.add(set.values[1][0]));
        assertEquals(List.of(1f, 2f, 3f, 4f, 5f), counts);
        assertEquals(1, problems.size(), "reported once, then skipped");
        assertTrue(problems.get(0).contains("failing"), problems.get(0));
    }

    @Test
    void steadyStateAllocatesNothingPerChunk() {
        FrameAnalyzer analyzer = analyzer(FORMAT, TestExtractors.bind(TestExtractors.position()),
                TestExtractors.bind(TestExtractors.peakBin()));
        FeatureQueue queue = new FeatureQueue(100);
        FrameAnalyzer.FrameSink sink = queue::write;
        float[] chunk = ramp(0, 1024);
        for (int i = 0; i < 20_000; i++) {
            analyzer.accept(chunk, chunk.length, i, sink); // warm up: JIT, first use of every slot
        }
        long before = Allocations.allocatedBytes(Thread.currentThread());
        int chunks = 20_000;
        for (int i = 0; i < chunks; i++) {
            analyzer.accept(chunk, chunk.length, i, sink);
        }
        long allocated = Allocations.allocatedBytes(Thread.currentThread()) - before;
        assertTrue(allocated < 16 * 1024, "framing, FFT, extractors and the features queue allocated "
                + allocated + " bytes over " + chunks + " chunks (" + chunks * 2 + " frames)");
    }
}
