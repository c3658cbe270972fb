package io.segue.itests;

import static io.segue.itests.SegueRuntime.TIMEOUT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.segue.api.feature.StreamingPipeline;
import io.segue.api.library.MusicLibrary;
import io.segue.api.library.Track;
import io.segue.api.mix.EnergyIntent;
import io.segue.api.mix.StreamingIntegration;
import io.segue.api.predict.PredictionKind;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Done-when 5 of issue 6: while a click track streams, the beat predictor's bundle is updated and the learner's
 * bundle stopped and started; beat predictions and recommendations go on, and the audio path loses nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PredictorLearnerSwapIT {

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

    @Test
    public void predictionsAndRecommendationsGoOnWhileTheBeatPredictorAndTheLearnerAreSwapped() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target"), "swap-music");
        Path fixtures = Path.of(System.getProperty("segue.fixtures"));
        for (String name : List.of("kick-am.flac", "kick-am.mp3", "kick-am.ogg")) {
            Files.copy(fixtures.resolve(name), folder.resolve(name));
        }
        library.importFolder(folder, false, p -> { });
        Track from = library.tracks(10).get(0);

        streams.start("mock:clicks?bpm=128");
        awaitNewBeatPrediction();

        // a new class loader: the old predictor goes, a new one comes
        SegueRuntime.installedBundle(context, "io.segue.predictor.beat").update();
        awaitNewBeatPrediction();
        assertFalse(mixer.recommend(from.id(), EnergyIntent.MAINTAIN, 2).isEmpty());

        Bundle learner = SegueRuntime.installedBundle(context, "io.segue.learner");
        learner.stop();
        mixer.addUserFeedback(from.id(), library.tracks(10).get(1).id(), true, 4);
        assertFalse("recommendations without a learner", mixer.recommend(from.id(), EnergyIntent.UP, 2).isEmpty());
        learner.start();
        mixer.addUserFeedback(from.id(), library.tracks(10).get(2).id(), false, 2);
        assertFalse(mixer.recommend(from.id(), EnergyIntent.DOWN, 2).isEmpty());
        awaitNewBeatPrediction();

        assertEquals(StreamState.RUNNING, streams.status().state());
        assertEquals("no chunk dropped by the audio path over the swaps", 0,
                streams.status().metrics().chunksDropped());
        assertEquals(0, streams.status().metrics().recoveries());
    }

    /** Waits for a beat prediction made after the stream time of the newest frame now. */
    private void awaitNewBeatPrediction() {
        double streamSecondsThen = pipeline.latestFeatures(1).stream().mapToDouble(f -> f.startSeconds())
                .findFirst().orElse(0);
        Await.until(() -> mixer.livePredictions(20).stream().anyMatch(p -> p.kind() == PredictionKind.BEAT
                && p.madeAtSeconds() > streamSecondsThen), TIMEOUT,
                () -> "a beat predicted after " + streamSecondsThen + " s; pipeline " + pipeline.status()
                        + "; predictions " + mixer.livePredictions(3));
    }
}
