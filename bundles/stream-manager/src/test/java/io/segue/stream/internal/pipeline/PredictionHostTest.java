package io.segue.stream.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.api.predict.Predictor;
import io.segue.api.predict.TrackCue;
import io.segue.api.stream.QueueStats;
import io.segue.testing.Await;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pipeline feeds its frames to the predictors from a bounded queue on its own thread. */
class PredictionHostTest {

    private static final AudioFormat STREAM = AudioFormat.mono(22050);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final LivePipeline pipeline = new LivePipeline(Configs.of(PipelineConfig.class,
            Map.of("predictionsQueueCapacity", 8)), new RecordingLogger().logger());
    private final float[] chunk = new float[1024];
    private final List<Prediction> heard = new CopyOnWriteArrayList<>();
    private long sequence;

    /** Predicts, for each frame, a beat one second after it, and remembers the threads and frames it saw. */
    private final class EchoPredictor implements Predictor {

        final List<Long> frames = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        volatile int resets;
        volatile CountDownLatch hold;
        final List<TrackCue> cues = new CopyOnWriteArrayList<>();

        @Override
        public String id() {
            return "echo";
        }

        @Override
        public Set<PredictionKind> kinds() {
            return Set.of(PredictionKind.BEAT);
        }

        @Override
        public void observe(FeatureFrame frame, Consumer<Prediction> out) {
            CountDownLatch latch = hold;
            if (latch != null) {
                try {
                    latch.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            frames.add(frame.index());
            threads.add(Thread.currentThread().getName());
            out.accept(new Prediction("echo", PredictionKind.BEAT, frame.startSeconds() + 1, 120, "", 0.5,
                    frame.startSeconds()));
        }

        @Override
        public void reset() {
            resets++;
        }

        @Override
        public void cue(TrackCue cue) {
            cues.add(cue);
            threads.add(Thread.currentThread().getName());
            frames.add(-1L);
        }
    }

    @AfterEach
    void close() {
        pipeline.deactivate();
    }

    private void feed(int chunks) {
        for (int i = 0; i < chunks; i++) {
            pipeline.onChunk(sequence++, 0, STREAM, chunk, chunk.length);
        }
    }

    @Test
    void everyFrameReachesThePredictorsOnThePredictionThreadAndTheirPredictionsTheListeners() {
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.counter()));
        EchoPredictor predictor = new EchoPredictor();
        pipeline.addPredictor(predictor);
        pipeline.addPredictionListener(heard::add);
        pipeline.streamStarted(STREAM);
        feed(3); // 3072 samples: frames 0..2 (window 2048, hop 512)
        Await.until(() -> heard.size() == 3, WAIT, () -> "3 predictions, heard " + heard);
        assertEquals(List.of(0L, 1L, 2L), predictor.frames);
        assertTrue(predictor.threads.stream().allMatch("segue-prediction"::equals), predictor.threads::toString);
        assertEquals(1.0, heard.get(0).targetSeconds(), 1e-9);
        QueueStats stats = pipeline.status().predictions();
        assertEquals(3, stats.offered());
        assertEquals(0, stats.dropped());
        assertEquals(8, stats.capacity());
        Await.until(() -> predictor.resets == 1, WAIT, () -> "the new stream reset the predictor once");
    }

    @Test
    void aSlowPredictorCostsCountedDropsAndNeverHoldsTheAnalysisThread() {
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.counter()));
        EchoPredictor predictor = new EchoPredictor();
        predictor.hold = new CountDownLatch(1);
        pipeline.addPredictor(predictor);
        pipeline.streamStarted(STREAM);
        feed(50); // 97 frames while the predictor is held: the queue of 8 overflows
        assertEquals(97, pipeline.status().framesProcessed(), "the analysis thread went on");
        predictor.hold.countDown();
        Await.until(() -> pipeline.status().predictions().depth() == 0, WAIT, () -> "drained");
        QueueStats stats = pipeline.status().predictions();
        assertEquals(97, stats.offered());
        assertTrue(stats.dropped() >= 97 - 8 - 2, stats.toString());
        assertEquals(97 - stats.dropped(), predictor.frames.size(), "seen + dropped = offered");
    }

    @Test
    void aCuedTrackReachesThePredictorsBetweenFramesAtTheStreamTimeOfTheNewestSample() {
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.counter()));
        EchoPredictor predictor = new EchoPredictor();
        pipeline.addPredictor(predictor);
        pipeline.cueTrack("before", 120, 0.5);
        pipeline.streamStarted(STREAM);
        feed(3);
        Await.until(() -> predictor.frames.size() == 3, WAIT, () -> "3 frames, saw " + predictor.frames);
        pipeline.cueTrack("7", 126, 0.25);
        feed(2); // frames 3..6
        Await.until(() -> predictor.frames.size() == 8, WAIT, () -> "a cue and 4 frames, saw " + predictor.frames);

        assertEquals(1, predictor.cues.size(), "a cue before any stream is dropped: " + predictor.cues);
        TrackCue cue = predictor.cues.get(0);
        assertEquals(new TrackCue("7", 126, 0.25, 3 * 1024 / 22050.0), cue);
        assertEquals(List.of(0L, 1L, 2L, -1L, 3L, 4L, 5L, 6L), predictor.frames, "the cue came between frames");
        assertTrue(predictor.threads.stream().allMatch("segue-prediction"::equals), predictor.threads::toString);
        assertEquals(3 * 1024 / 22050.0 + 0.25 + 2 * 60 / 126.0, cue.beatSeconds(2), 1e-9);
    }

    @Test
    void withoutPredictorsNothingIsQueued() {
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.counter()));
        pipeline.streamStarted(STREAM);
        feed(5);
        assertEquals(0, pipeline.status().predictions().offered());
    }
}
