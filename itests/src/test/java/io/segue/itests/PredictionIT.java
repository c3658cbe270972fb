package io.segue.itests;

import static io.segue.itests.SegueRuntime.TIMEOUT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.library.MusicLibrary;
import io.segue.api.library.Track;
import io.segue.api.library.TrackAnalysis;
import io.segue.api.mix.StreamingIntegration;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.api.predict.Predictor;
import io.segue.api.predict.TrackCue;
import io.segue.api.stream.AudioStreamManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Predictor services are fed the live frames from the pipeline's bounded prediction queue and their predictions
 * reach the streaming integration; replacing a predictor while the stream runs costs the audio path nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PredictionIT {

    @Inject
    private BundleContext context;

    @Inject
    private AudioStreamManager streams;

    @Inject
    private StreamingPipeline pipeline;

    @Inject
    private StreamingIntegration mixer;

    @Inject
    private MusicLibrary library;

    @Configuration
    public Option[] configuration() {
        return SegueRuntime.options();
    }

    @After
    public void stopStream() {
        streams.stop();
    }

    /** Predicts the frame's own time plus a second, under its name. */
    private record EchoPredictor(String id) implements Predictor {

        @Override
        public Set<PredictionKind> kinds() {
            return Set.of(PredictionKind.BEAT);
        }

        @Override
        public void observe(FeatureFrame frame, Consumer<Prediction> out) {
            out.accept(new Prediction(id, PredictionKind.BEAT, frame.startSeconds() + 1, 120, "", 0.5,
                    frame.startSeconds()));
        }

        @Override
        public void reset() {
        }
    }

    /** Remembers the cues it is given. */
    private record CueRecorder(List<TrackCue> cues) implements Predictor {

        @Override
        public String id() {
            return "cue-recorder";
        }

        @Override
        public Set<PredictionKind> kinds() {
            return Set.of(PredictionKind.BEAT);
        }

        @Override
        public void observe(FeatureFrame frame, Consumer<Prediction> out) {
        }

        @Override
        public void reset() {
        }

        @Override
        public void cue(TrackCue cue) {
            cues.add(cue);
        }
    }

    @Test
    public void aPlayedLibraryTrackCuesThePredictorsWithItsStoredBeatGrid() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target"), "cue-music");
        Files.copy(Path.of(System.getProperty("segue.fixtures")).resolve("kick-am.flac"),
                folder.resolve("kick-am.flac"));
        library.importFolder(folder, false, progress -> {
        });
        Track track = library.tracks(1).get(0);
        TrackAnalysis analysis = library.analysis(track.id()).orElseThrow();
        List<TrackCue> cues = new CopyOnWriteArrayList<>();
        ServiceRegistration<Predictor> recorder = context.registerService(Predictor.class, new CueRecorder(cues),
                null);
        try {
            streams.start("mock:clicks");
            Await.until(() -> pipeline.latestFeatures(1).size() == 1, TIMEOUT, () -> "frames flowing");
            double before = pipeline.latestFeatures(1).get(0).startSeconds();
            mixer.play(track.id());
            Await.until(() -> cues.size() == 1, TIMEOUT, () -> "the cue reaches the predictor");
            double after = pipeline.latestFeatures(1).get(0).startSeconds();

            TrackCue cue = cues.get(0);
            assertEquals(track.id(), cue.trackId());
            assertEquals("the library's tempo", analysis.bpm(), cue.bpm(), 0);
            assertEquals("the library's first beat", analysis.firstBeatSeconds(), cue.firstBeatSeconds(), 0);
            assertTrue("the track starts at the stream time of the play: " + before + " <= " + cue.startSeconds()
                    + " <= " + after + " + a window and a chunk", cue.startSeconds() >= before
                            && cue.startSeconds() <= after + (2048 + 1024) / 22050.0);
        } finally {
            recorder.unregister();
        }
    }

    @Test
    public void predictionsFlowAndAPredictorIsReplacedWhileTheStreamRuns() throws Exception {
        streams.start("mock:clicks");
        ServiceRegistration<Predictor> first = context.registerService(Predictor.class, new EchoPredictor("first"),
                null);
        Await.until(() -> mixer.livePredictions(5).stream().anyMatch(p -> p.predictorId().equals("first")), TIMEOUT,
                () -> "predictions of the first predictor; pipeline " + pipeline.status());

        long capturedBefore = streams.status().metrics().chunksIn();
        first.unregister();
        ServiceRegistration<Predictor> second = context.registerService(Predictor.class,
                new EchoPredictor("second"), null);
        try {
            Await.until(() -> mixer.livePredictions(1).stream().anyMatch(p -> p.predictorId().equals("second")),
                    TIMEOUT, () -> "predictions of the second predictor");
            Await.until(() -> streams.status().metrics().chunksIn() > capturedBefore + 10, TIMEOUT,
                    () -> "the stream went on");
            assertEquals("no chunk dropped over the swap", 0, streams.status().metrics().chunksDropped());
            assertEquals(0, pipeline.status().featuresDropped());
            assertTrue(pipeline.status().predictions().offered() > 0);
            assertEquals("the echo keeps up: no frame dropped on its way to the predictors", 0,
                    pipeline.status().predictions().dropped());
        } finally {
            second.unregister();
        }
    }
}
