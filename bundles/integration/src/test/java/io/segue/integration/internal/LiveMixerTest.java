package io.segue.integration.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.MusicalKey;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.learn.Feedback;
import io.segue.api.learn.FeedbackStore;
import io.segue.api.learn.Learner;
import io.segue.api.learn.LearnerStatus;
import io.segue.api.library.Track;
import io.segue.api.mix.EnergyIntent;
import io.segue.api.mix.LiveState;
import io.segue.api.mix.MixSession;
import io.segue.api.mix.Recommendation;
import io.segue.api.mix.RecommendationRequest;
import io.segue.api.mix.Recommender;
import io.segue.api.mix.ScoreComponent;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.QueueStats;
import io.segue.integration.internal.fakes.FixedLibrary;
import io.segue.integration.internal.fakes.InMemorySessions;
import io.segue.integration.internal.fakes.Services;
import io.segue.testing.Await;
import io.segue.testing.RecordingLogger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveMixerTest {

    @TempDir
    Path dir;

    private final FixedLibrary library = new FixedLibrary().with("1", 128, MusicalKey.A_MINOR)
            .with("2", 126, MusicalKey.E_MINOR).with("3", 130, MusicalKey.C_MAJOR);
    private final List<Feedback> stored = new ArrayList<>();
    private final List<Feedback> learned = new ArrayList<>();
    private final AtomicReference<RecommendationRequest> asked = new AtomicReference<>();
    private final InMemorySessions sessions = new InMemorySessions();
    private final List<String> cues = new ArrayList<>();
    private final StreamingPipeline pipeline = Services.answering(StreamingPipeline.class, Map.of(
            "latestFeatures", args -> List.of(), "extractors", args -> List.of(), "cueTrack", args -> {
                cues.add(args[0] + " at " + args[1] + " BPM, first beat " + args[2] + " s");
                return null;
            }));
    private final LiveMixer mixer = new LiveMixer(Services.answering(AudioStreamManager.class, Map.of()), pipeline,
            library, feedbackStore(), sessions, new RecordingLogger().logger());

    private FeedbackStore feedbackStore() {
        return Services.answering(FeedbackStore.class, Map.of("store", args -> {
            stored.add((Feedback) args[0]);
            return new FeedbackStore.StoredFeedback(stored.size(), (Feedback) args[0]);
        }));
    }

    /** Recommends every other library track, in library order. */
    private final Recommender everyOther = request -> {
        asked.set(request);
        return library.catalogue().stream().filter(t -> !t.track().id().equals(request.currentTrackId()))
                .filter(t -> !request.playedTrackIds().contains(t.track().id()))
                .map(t -> new Recommendation(t.track(), 0.5, List.of(new ScoreComponent("tempo", 0.5, 1, "test"))))
                .limit(request.limit()).toList();
    };

    @Test
    void withoutARecommenderRecommendingSaysWhatIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> mixer.recommend("1", EnergyIntent.MAINTAIN, 5));
        assertEquals("no recommender service is present (is the recommender bundle running?)", e.getMessage());
    }

    @Test
    void recommendsAfterTheSessionsCurrentTrackExcludingWhatWasPlayed() throws IOException {
        mixer.setRecommender(everyOther);
        mixer.play("1");
        mixer.play("2");
        List<Recommendation> next = mixer.recommend(null, EnergyIntent.UP, 5);
        assertEquals("2", asked.get().currentTrackId());
        assertEquals(List.of("1", "2"), asked.get().playedTrackIds());
        assertEquals(EnergyIntent.UP, asked.get().intent());
        assertEquals(List.of("3"), next.stream().map(r -> r.track().id()).toList());
    }

    @Test
    void withoutACurrentTrackItRecommendsForTheLiveState() {
        mixer.setRecommender(everyOther);
        mixer.recommend(null, EnergyIntent.MAINTAIN, 2);
        assertNull(asked.get().currentTrackId());
        LiveState live = asked.get().live();
        assertTrue(Double.isNaN(live.bpm()) && live.key() == null, "no frames: nothing known of the stream");
    }

    @Test
    void aTransitionRemembersTheRecommendationsShownBeforeIt() throws IOException {
        mixer.setRecommender(everyOther);
        mixer.play("1");
        mixer.recommend(null, EnergyIntent.MAINTAIN, 5);
        MixSession session = mixer.play("3");
        assertEquals(List.of("2", "3"), session.transitions().get(0).shown());
        assertEquals(2, session.transitions().get(0).shownRank());
        MixSession next = mixer.play("2");
        assertEquals(List.of(), next.transitions().get(1).shown(), "nothing was shown since");
    }

    @Test
    void aPlayedTrackCuesThePredictorsWithItsBeatGrid() throws IOException {
        mixer.play("2");
        assertEquals(List.of("2 at 126.0 BPM, first beat 0.1 s"), cues);
    }

    @Test
    void playingWithoutASessionStartsOne() throws IOException {
        MixSession session = mixer.play("1");
        assertTrue(session.name().startsWith("set "), session.name());
        assertEquals("1", session.currentTrackId());
    }

    @Test
    void unknownTracksAreRefusedWithTheirId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mixer.play("42"));
        assertEquals("no track '42' in the library (segue:library list shows the ids)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> mixer.addUserFeedback("1", "42", true, 4));
        assertTrue(stored.isEmpty());
    }

    @Test
    void feedbackIsStoredThenTaughtToTheLearner() throws IOException {
        Learner learner = new Learner() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public void learn(Feedback feedback) {
                assertEquals(1, stored.size(), "stored before it is learned");
                learned.add(feedback);
            }

            @Override
            public OptionalDouble transitionScore(String fromTrackId, String toTrackId) {
                return OptionalDouble.empty();
            }

            @Override
            public long feedbackCount() {
                return learned.size();
            }

            @Override
            public LearnerStatus status() {
                return new LearnerStatus("test", "records", 1, learned.size(), Map.of());
            }

            @Override
            public void reset() {
                learned.clear();
            }

            @Override
            public String exportModel() {
                return "{}";
            }
        };
        mixer.setLearner(learner);
        mixer.startSession("friday");
        Feedback given = mixer.addUserFeedback("1", "2", true, 5);
        assertEquals(List.of(given), stored, "stored when the call returns");
        Await.until(() -> learned.size() == 1, Duration.ofSeconds(10), () -> "learned on the learning thread");
        assertEquals(List.of(given), learned);
        assertEquals("1", given.sessionId());
    }

    @Test
    void aLearnerThatFallsBehindLosesTheOldestFeedbackCountedNeverTheStoredOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        mixer.setLearner(Services.answering(Learner.class, Map.of("id", args -> "slow", "learn", args -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        })));
        for (int i = 0; i < 60; i++) {
            mixer.addUserFeedback("1", "2", true, 0);
        }
        assertEquals(60, stored.size(), "every feedback is stored, whatever the learner does");
        QueueStats queue = mixer.learningQueue();
        assertEquals(60, queue.offered());
        assertEquals(LiveMixer.LEARNING_QUEUE, queue.capacity());
        assertTrue(queue.dropped() >= 60 - LiveMixer.LEARNING_QUEUE - 1, queue.toString());
        assertTrue(queue.depth() <= LiveMixer.LEARNING_QUEUE, queue.toString());
        release.countDown();
        mixer.deactivate();
    }

    @Test
    void aFailingLearnerDoesNotUndoTheStoredFeedback() throws IOException {
        mixer.setLearner(Services.answering(Learner.class, Map.of("id", args -> "broken", "learn", args -> {
            throw new IllegalStateException("model corrupt");
        })));
        mixer.addUserFeedback("1", "2", false, 0);
        assertEquals(1, stored.size());
    }

    @Test
    void aSessionExportsAsM3uAndCsv() throws IOException {
        mixer.setRecommender(everyOther);
        mixer.startSession("Friday, late");
        mixer.play("1");
        mixer.recommend(null, EnergyIntent.MAINTAIN, 5);
        MixSession session = mixer.play("2");
        List<Path> files = mixer.exportSession(session.id(), dir);
        assertEquals(List.of(dir.resolve("Friday-late-1.m3u"), dir.resolve("Friday-late-1.csv")), files);
        List<String> m3u = Files.readAllLines(files.get(0), StandardCharsets.UTF_8);
        Track first = library.track("1").orElseThrow();
        assertEquals(List.of("#EXTM3U", "#PLAYLIST:Friday, late", "#EXTINF:300,Artist 1 - Title 1", first.path(),
                "#EXTINF:300,Artist 2 - Title 2", "/music/2.flac"), m3u);
        List<String> csv = Files.readAllLines(files.get(1), StandardCharsets.UTF_8);
        assertEquals("time,from_id,from,to_id,to,to_bpm,to_key,shown_rank,shown", csv.get(0));
        assertTrue(csv.get(1).endsWith(",1,Artist 1 - Title 1,2,Artist 2 - Title 2,126.0,9A,1,2 3"), csv.get(1));
        assertEquals(2, csv.size());
    }

    @Test
    void exportingAnUnknownSessionSaysSo() {
        assertEquals("no mix session 'x'", assertThrows(IllegalArgumentException.class,
                () -> mixer.exportSession("x", dir)).getMessage());
    }
}
