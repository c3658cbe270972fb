package io.segue.stream.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFileDecoder;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.feature.ExtractorInfo;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.FeatureSummary;
import io.segue.api.feature.FileAnalysis;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.PipelineStatus;
import io.segue.stream.internal.testing.SineInput;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LivePipelineTest {

    private static final AudioFormat STREAM = AudioFormat.mono(22050);

    private final RecordingLogger log = new RecordingLogger();
    private final LivePipeline pipeline = new LivePipeline(Configs.defaults(PipelineConfig.class), log.logger());
    private final float[] chunk = new float[1024];
    private long sequence;

    private void feed(int chunks) {
        for (int i = 0; i < chunks; i++) {
            pipeline.onChunk(sequence++, 0, STREAM, chunk, chunk.length);
        }
    }

    private static PipelineConfig config(int window, int hop) {
        return Configs.of(PipelineConfig.class, Map.of("windowSize", window, "hopSize", hop));
    }

    @Test
    void framesCarryTheValuesOfEveryExtractorAndReachTheQueueAndListeners() throws Exception {
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.position()));
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.counter()));
        List<Long> heard = new ArrayList<>();
        pipeline.addListener(frame -> heard.add(frame.index()));
        pipeline.streamStarted(STREAM);
        feed(4);

        List<FeatureFrame> latest = pipeline.latestFeatures(3);
        assertEquals(List.of(2L, 3L, 4L), latest.stream().map(FeatureFrame::index).toList());
        FeatureFrame last = latest.get(2);
        assertEquals(List.of("counter", "position"), last.extractorIds());
        assertEquals(2048f, last.values("position")[0], "start sample of frame 4");
        assertEquals(5f, last.values("counter")[0]);
        assertEquals(2048.0 / 22050, last.startSeconds(), 1e-9);
        assertNull(last.values("nothing"));
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), heard);

        assertEquals(0L, pipeline.takeFeatures(Duration.ZERO).orElseThrow().index(),
                "the first take gets the oldest frame the queue holds");
        assertEquals(1L, pipeline.takeFeatures(Duration.ZERO).orElseThrow().index());
        feed(1);
        List<Long> rest = new ArrayList<>();
        Optional<FeatureFrame> next;
        while ((next = pipeline.takeFeatures(Duration.ZERO)).isPresent()) {
            rest.add(next.get().index());
        }
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), rest, "then every frame once, in order");
    }

    @Test
    void copiesStayValidAfterTheQueueWrapsAround() {
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.counter()));
        pipeline.streamStarted(STREAM);
        feed(2);
        FeatureFrame kept = pipeline.latestFeatures(1).get(0);
        float value = kept.values("counter")[0];
        feed(200); // far more than the queue's 100 frames
        assertEquals(value, kept.values("counter")[0]);
        assertEquals(100, pipeline.latestFeatures(1000).size(), "the queue holds its bound");
    }

    @Test
    void aHopChangeAppliesAtTheNextChunkWithoutRestartingTheStream() {
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.position()));
        pipeline.streamStarted(STREAM);
        feed(4); // frames 0..4 start at 0..2048, the next would start at 2560
        pipeline.modified(config(2048, 256));
        feed(8);

        PipelineStatus status = pipeline.status();
        assertEquals(256, status.format().hopSize());
        assertNull(status.configProblem());
        List<FeatureFrame> all = pipeline.latestFeatures(100);
        List<Float> starts = all.stream().map(f -> f.values("position")[0]).toList();
        assertEquals(List.of(0f, 512f, 1024f, 1536f, 2048f, 2560f, 2816f, 3072f), starts.subList(0, 8),
                "the new framing starts where the old one would have framed next, then every 256 samples");
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L), all.stream().limit(8).map(FeatureFrame::index).toList());
        List<FeatureFrame> latest = pipeline.latestFeatures(5);
        for (int i = 1; i < latest.size(); i++) {
            assertEquals(256f, latest.get(i).values("position")[0] - latest.get(i - 1).values("position")[0]);
            assertEquals(256.0 / 22050, latest.get(i).startSeconds() - latest.get(i - 1).startSeconds(), 1e-9);
            assertEquals(1, latest.get(i).index() - latest.get(i - 1).index(), "frame numbers go on");
        }
    }

    @Test
    void aSmallerWindowFramesTheSamplesAlreadyHeldAtOnce() {
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.position()));
        pipeline.streamStarted(STREAM);
        feed(2); // frame 0 at 0; 1536 samples held for the frame at 512
        pipeline.modified(config(512, 512));
        feed(1);
        List<Float> starts = pipeline.latestFeatures(100).stream().map(f -> f.values("position")[0]).toList();
        assertEquals(List.of(0f, 512f, 1024f, 1536f, 2048f, 2560f), starts);
        assertEquals(512f, pipeline.latestFeatures(1).get(0).values("position")[2], "window of 512 samples");
    }

    @Test
    void aHopLargerThanTheWindowIsRefusedAndTheOldFramingKeepsRunning() {
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.position()));
        pipeline.streamStarted(STREAM);
        pipeline.modified(config(2048, 256));
        feed(4);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> pipeline.modified(config(2048, 4096)));
        assertEquals("io.segue.pipeline: hopSize must be in 1..2048 (at most windowSize), was 4096",
                refused.getMessage());
        feed(4);
        PipelineStatus status = pipeline.status();
        assertEquals(256, status.format().hopSize());
        assertTrue(status.configProblem().contains("hopSize must be in 1..2048"), status.configProblem());
        List<FeatureFrame> latest = pipeline.latestFeatures(2);
        assertEquals(256f, latest.get(1).values("position")[0] - latest.get(0).values("position")[0]);
    }

    @Test
    void aWindowThatIsNotAPowerOfTwoIsRefused() {
        assertNull(pipeline.status().format(), "no framing before the first stream tells the rate");
        pipeline.streamStarted(STREAM);
        feed(1);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> pipeline.modified(config(3000, 512)));
        assertTrue(refused.getMessage().contains("windowSize must be a power of two"), refused.getMessage());
        assertEquals(2048, pipeline.status().format().windowSize());
    }

    @Test
    void extractorsComeAndGoWhileTheStreamRunsAndTheOthersKeepTheirState() {
        ExtractorBinding counter = TestExtractors.bind(TestExtractors.counter());
        ExtractorBinding position = TestExtractors.bind(TestExtractors.position());
        pipeline.addExtractor(counter);
        pipeline.addExtractor(position);
        pipeline.streamStarted(STREAM);
        feed(4); // frames 0..4

        pipeline.removeExtractor(position.extractor());
        feed(2); // frames 5..8
        FeatureFrame without = pipeline.latestFeatures(1).get(0);
        assertNull(without.values("position"));
        assertEquals(9f, without.values("counter")[0], "the counter kept counting across the change");

        pipeline.addExtractor(TestExtractors.bind(TestExtractors.position()));
        feed(2);
        FeatureFrame with = pipeline.latestFeatures(1).get(0);
        assertNotNull(with.values("position"));
        assertEquals(with.index() * 512f, with.values("position")[0]);
        assertEquals(List.of("counter", "position"), pipeline.status().extractorIds());
    }

    @Test
    void ofTwoExtractorsWithOneIdTheHigherRankingIsActive() {
        ExtractorBinding low = new ExtractorBinding(TestExtractors.counter(),
                TestExtractors.descriptorOf("counter", Set.of(), 1), "a", 0, 100);
        ExtractorBinding high = new ExtractorBinding(TestExtractors.counter(),
                TestExtractors.descriptorOf("counter", Set.of(), 1), "b", 10, 101);
        pipeline.addExtractor(low);
        pipeline.addExtractor(high);
        List<ExtractorInfo> infos = pipeline.extractors();
        assertEquals(2, infos.size());
        assertEquals("b", infos.stream().filter(ExtractorInfo::active).findFirst().orElseThrow().bundle());
        assertEquals(1, infos.stream().filter(ExtractorInfo::active).count());
    }

    @Test
    void aRestartedStreamStartsWithAnEmptyQueueAndFrameZero() {
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.counter()));
        pipeline.streamStarted(STREAM);
        feed(10);
        pipeline.streamStarted(STREAM);
        assertEquals(List.of(), pipeline.latestFeatures(5));
        feed(3);
        assertEquals(List.of(0L, 1L, 2L), pipeline.latestFeatures(5).stream().map(FeatureFrame::index).toList());
        assertEquals(1f, pipeline.latestFeatures(5).get(0).values("counter")[0], "processors start afresh");
    }

    @Test
    void droppedChunksLeaveAGapInStreamTimeAndNoWindowSpansIt() {
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.position()));
        pipeline.streamStarted(STREAM);
        feed(3); // frames at 0, 512, 1024; 1536..3071 held
        sequence += 2; // chunks 3 and 4 were dropped by the stream
        feed(2); // samples 5120..7167 arrive
        List<Float> starts = pipeline.latestFeatures(100).stream().map(f -> f.values("position")[0]).toList();
        assertEquals(List.of(0f, 512f, 1024f, 5120f), starts,
                "after the gap the first window starts at the first sample that arrived");
        assertEquals(5120.0 / 22050, pipeline.latestFeatures(1).get(0).startSeconds(), 1e-9);
    }

    @Test
    void aFailingExtractorsValuesAreMissingNotStale() {
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.failing()));
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.counter()));
        pipeline.streamStarted(STREAM);
        feed(3);
        FeatureFrame frame = pipeline.latestFeatures(1).get(0);
        assertTrue(Float.isNaN(frame.values("failing")[0]));
        assertEquals(3f, frame.values("counter")[0]);
        assertTrue(pipeline.status().extractorProblem().contains("failing"), pipeline.status().extractorProblem());
    }

    @Test
    void aBadInitialConfigurationRunsOnTheDefaultsAndIsLogged() {
        RecordingLogger startup = new RecordingLogger();
        LivePipeline refused = new LivePipeline(config(2048, 0), startup.logger());
        assertEquals(List.of("WARN io.segue.pipeline: hopSize must be in 1..2048 (at most windowSize), was 0"
                + " (running on the defaults)"), startup.lines());
        assertTrue(refused.status().configProblem().contains("hopSize"), refused.status().configProblem());
        assertEquals(List.of(), log.lines(), "a good configuration logs nothing");
    }

    @Test
    void countMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> pipeline.latestFeatures(0));
    }

    @Test
    void analyzesAFileAtItsOwnRateAndSummarizesEveryValue(@TempDir Path dir) throws Exception {
        Path file = Files.createFile(dir.resolve("tone.test"));
        pipeline.addDecoder(decoder(() -> new SineInput(AudioFormat.mono(44100), 1000, 44100, -1)));
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.peakBin()));

        FileAnalysis analysis = pipeline.analyze(file);
        assertEquals(1.0, analysis.durationSeconds(), 1e-9);
        assertEquals(44100, analysis.format().sampleRateHz());
        assertEquals((44100 - 2048) / 512 + 1, analysis.frames());
        FeatureSummary peak = analysis.summaries().get(0);
        assertEquals("peak", peak.extractorId());
        assertEquals(analysis.frames(), peak.count());
        assertEquals(1000, peak.mean(), 44100.0 / 2048 / 2);
        assertEquals(0, peak.stdDev(), 1e-6, "the same bin in every frame");
        assertEquals(0, pipeline.status().framesProcessed(), "the live stream is not touched");
        assertEquals(List.of(), analysis.problems());
    }

    @Test
    void analyzeHandsEveryFrameToTheListenerAndKeepsTheFinalValue(@TempDir Path dir) throws Exception {
        Path file = Files.createFile(dir.resolve("tone.test"));
        pipeline.addDecoder(decoder(() -> new SineInput(AudioFormat.mono(22050), 1000, 22050, -1)));
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.position()));
        List<Long> indexes = new ArrayList<>();
        List<Float> positions = new ArrayList<>();

        FileAnalysis analysis = pipeline.analyze(file, frame -> {
            indexes.add(frame.index());
            positions.add(frame.values("position")[0]);
        });

        assertEquals(analysis.frames(), indexes.size());
        assertEquals(LongStream.range(0, analysis.frames()).boxed().toList(), indexes);
        FeatureSummary position = analysis.summaries().get(0);
        assertEquals(positions.get(positions.size() - 1), (float) position.last(), "the value at the final frame");
        assertEquals(position.max(), position.last(), "positions grow, so the final is the largest");
    }

    @Test
    void aValueThatIsNeverFiniteIsSummarizedWithCountZeroAndItsFinalValue(@TempDir Path dir) throws Exception {
        Path file = Files.createFile(dir.resolve("tone.test"));
        pipeline.addDecoder(decoder(() -> new SineInput(AudioFormat.mono(22050), 1000, 22050, -1)));
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.simple("never", Set.of(InputDomain.WAVEFORM), 2,
                (frame, values) -> {
                    values[0] = Float.NaN;
                    values[1] = Float.NEGATIVE_INFINITY;
                })));

        List<FeatureSummary> summaries = pipeline.analyze(file).summaries();

        assertEquals(2, summaries.size(), "the extractor ran: both its values are summarized");
        assertEquals(0, summaries.get(0).count());
        assertTrue(Double.isNaN(summaries.get(0).mean()));
        assertTrue(Double.isNaN(summaries.get(0).last()));
        assertEquals(0, summaries.get(1).count(), "infinities are not counted");
        assertEquals(Double.NEGATIVE_INFINITY, summaries.get(1).last());
    }

    @Test
    void aMissingFileOrAnUnknownFormatSaysSo(@TempDir Path dir) throws Exception {
        pipeline.addDecoder(decoder(() -> null));
        NoSuchFileException missing = assertThrows(NoSuchFileException.class,
                () -> pipeline.analyze(dir.resolve("gone.test")));
        assertTrue(missing.getMessage().contains("gone.test"));

        Path mp3 = Files.createFile(dir.resolve("song.mp3"));
        IOException unknown = assertThrows(IOException.class, () -> pipeline.analyze(mp3));
        assertEquals(mp3 + ": no decoder for '.mp3' files (readable: test)", unknown.getMessage());
        IOException directory = assertThrows(IOException.class, () -> pipeline.analyze(dir));
        assertTrue(directory.getMessage().contains("is a directory"));
        assertFalse(directory instanceof NoSuchFileException);
    }

    private interface InputFactory {
        AudioInput open() throws IOException;
    }

    private static AudioFileDecoder decoder(InputFactory factory) {
        return new AudioFileDecoder() {
            @Override
            public Set<String> extensions() {
                return Set.of("test");
            }

            @Override
            public AudioInput open(Path file) throws IOException {
                return factory.open();
            }
        };
    }
}
