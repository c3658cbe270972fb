package io.segue.integration.internal;

import static org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.learn.Feedback;
import io.segue.api.learn.FeedbackStore;
import io.segue.api.learn.Learner;
import io.segue.api.library.AnalysedTrack;
import io.segue.api.library.MusicLibrary;
import io.segue.api.mix.EnergyIntent;
import io.segue.api.mix.LiveState;
import io.segue.api.mix.MixSession;
import io.segue.api.mix.MixSessionStore;
import io.segue.api.mix.Recommendation;
import io.segue.api.mix.RecommendationRequest;
import io.segue.api.mix.Recommender;
import io.segue.api.mix.StreamingIntegration;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionListener;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.QueueStats;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The live mixer in one service: the stream and its features, the predictions of whatever predictors run,
 * recommendations from the library through the recommender, the DJ's feedback (stored before it is acknowledged,
 * then taught to the learner) and the mix session with the recommendations shown at each transition.
 */
@Component(service = {StreamingIntegration.class, PredictionListener.class}, immediate = true)
public final class LiveMixer implements StreamingIntegration, PredictionListener {

    /** Feedback the learner may lag behind by before the oldest is dropped. */
    static final int LEARNING_QUEUE = 50;
    /** About a second of frames at 22050 Hz, hop 512: the live state is read over them. */
    static final int LIVE_FRAMES = 43;
    static final int PREDICTIONS_KEPT = 256;
    private static final DateTimeFormatter SESSION_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AudioStreamManager stream;
    private final StreamingPipeline pipeline;
    private final MusicLibrary library;
    private final FeedbackStore feedback;
    private final MixSessionStore sessions;
    private final Logger log;

    private volatile Recommender recommender;
    private volatile Learner learner;
    private final LearningQueue learning = new LearningQueue(LEARNING_QUEUE, this::teach);

    /** Guarded by itself. */
    private final Deque<Prediction> predictions = new ArrayDeque<>();
    /** The ids of the recommendations shown last, for the next transition; guarded by {@code this}. */
    private List<String> shown = List.of();

    @Activate
    public LiveMixer(@Reference AudioStreamManager stream, @Reference StreamingPipeline pipeline,
            @Reference MusicLibrary library, @Reference FeedbackStore feedback, @Reference MixSessionStore sessions,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.stream = stream;
        this.pipeline = pipeline;
        this.library = library;
        this.feedback = feedback;
        this.sessions = sessions;
        this.log = log;
    }

    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    void setRecommender(Recommender service) {
        recommender = service;
    }

    void unsetRecommender(Recommender service) {
        if (recommender == service) {
            recommender = null;
        }
    }

    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    void setLearner(Learner service) {
        learner = service;
    }

    void unsetLearner(Learner service) {
        if (learner == service) {
            learner = null;
        }
    }

    @Override
    public void start() throws IOException {
        if (!stream.status().state().isActive()) {
            stream.start();
        }
    }

    @Override
    public void stop() {
        stream.stop();
    }

    @Override
    public List<FeatureFrame> liveFeatures(int count) {
        return pipeline.latestFeatures(count);
    }

    @Override
    public void onPrediction(Prediction prediction) {
        synchronized (predictions) {
            predictions.addLast(prediction);
            if (predictions.size() > PREDICTIONS_KEPT) {
                predictions.removeFirst();
            }
        }
    }

    @Override
    public List<Prediction> livePredictions(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive, was " + count);
        }
        synchronized (predictions) {
            List<Prediction> all = new ArrayList<>(predictions);
            return List.copyOf(all.subList(Math.max(0, all.size() - count), all.size()));
        }
    }

    @Override
    public LiveState liveState() {
        return LiveStateReader.read(pipeline.latestFeatures(LIVE_FRAMES), pipeline.extractors());
    }

    @Override
    public List<Recommendation> recommend(String fromTrackId, EnergyIntent intent, int limit) {
        Recommender current = recommender;
        if (current == null) {
            throw new IllegalStateException("no recommender service is present (is the recommender bundle running?)");
        }
        Optional<MixSession> session = sessions.current();
        List<String> played = session.map(MixSession::playedTrackIds).orElse(List.of());
        String from = fromTrackId;
        if (from != null) {
            requireTrack(from);
        } else {
            from = session.map(MixSession::currentTrackId).orElse(null);
        }
        RecommendationRequest request = new RecommendationRequest(from, from == null ? liveState() : null, intent,
                limit, played);
        List<Recommendation> recommendations = current.recommend(request);
        synchronized (this) {
            shown = recommendations.stream().map(r -> r.track().id()).toList();
        }
        return recommendations;
    }

    @Override
    public Feedback addUserFeedback(String fromTrackId, String toTrackId, boolean accepted, int rating)
            throws IOException {
        requireTrack(fromTrackId);
        requireTrack(toTrackId);
        String sessionId = sessions.current().map(MixSession::id).orElse(null);
        Feedback given = new Feedback(fromTrackId, toTrackId, accepted, rating, sessionId,
                System.currentTimeMillis());
        feedback.store(given);
        if (learner != null) {
            learning.offer(given);
        }
        return given;
    }

    @Override
    public QueueStats learningQueue() {
        return learning.stats();
    }

    @Deactivate
    void deactivate() {
        learning.close();
    }

    /** On the learning thread. */
    private void teach(Feedback given) {
        Learner current = learner;
        if (current == null) {
            return;
        }
        try {
            current.learn(given);
        } catch (RuntimeException e) {
            // stored is what the DJ was promised; the learner can catch up from the store
            log.warn("learner " + current.id() + " failed to learn from feedback " + given.fromTrackId() + " -> "
                    + given.toTrackId() + ": " + e);
        }
    }

    @Override
    public MixSession startSession(String name) throws IOException {
        String named = name == null || name.isBlank() ? "set " + LocalDateTime.now().format(SESSION_NAME)
                : name.strip();
        synchronized (this) {
            shown = List.of();
        }
        return sessions.start(named);
    }

    @Override
    public MixSession play(String trackId) throws IOException {
        requireTrack(trackId);
        if (sessions.current().isEmpty()) {
            startSession(null);
        }
        List<String> wasShown;
        synchronized (this) {
            wasShown = shown;
            shown = List.of();
        }
        MixSession session = sessions.play(trackId, wasShown);
        // the track starts now in the live stream: the predictors may start from its stored beat grid
        library.analysis(trackId).ifPresent(a -> pipeline.cueTrack(trackId, a.bpm(), a.firstBeatSeconds()));
        return session;
    }

    @Override
    public Optional<MixSession> endSession() throws IOException {
        return sessions.end();
    }

    @Override
    public Optional<MixSession> currentSession() {
        return sessions.current();
    }

    @Override
    public List<Path> exportSession(String sessionId, Path directory) throws IOException {
        MixSession session = sessions.session(sessionId)
                .orElseThrow(() -> new IllegalArgumentException("no mix session '" + sessionId + "'"));
        return SessionExport.write(session, directory, id -> library.track(id)
                .map(track -> new AnalysedTrack(track, library.analysis(id).orElse(null))).orElse(null));
    }

    private void requireTrack(String trackId) {
        if (trackId == null || library.track(trackId).isEmpty()) {
            throw new IllegalArgumentException("no track '" + trackId + "' in the library (segue:library list shows"
                    + " the ids)");
        }
    }
}
