package io.segue.api.mix;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.learn.Feedback;
import io.segue.api.predict.Prediction;
import io.segue.api.stream.QueueStats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The live mixer in one service: runs the stream, pipeline, library and recommender together and gives their
 * results to a user interface.
 *
 * <p>Clients use this service; they do not wire the stream, pipeline and recommender themselves.
 *
 * <p>Threading: all methods may be called from any thread.
 */
@ProviderType
public interface StreamingIntegration {

    /** Starts the live stream and the analysis behind it. */
    void start() throws IOException;

    /** Stops them. Idempotent. */
    void stop();

    /** Copies of the newest {@code count} feature frames, oldest first. */
    List<FeatureFrame> liveFeatures(int count);

    /** The newest {@code count} predictions, oldest first; empty when no predictor is present. */
    List<Prediction> livePredictions(int count);

    /** The live stream's tempo, key and energy now, from the newest feature frames. */
    LiveState liveState();

    /**
     * What to play next: after {@code fromTrackId}, or else after the running session's current track, or else for
     * the live stream's state; the session's played tracks are excluded. The result is remembered as "shown" for
     * the next {@link #play}.
     *
     * @throws IllegalArgumentException when {@code fromTrackId} is not in the library, or {@code limit} is not
     *                                  positive
     */
    List<Recommendation> recommend(String fromTrackId, EnergyIntent intent, int limit);

    /**
     * Records the DJ's verdict on a transition. Returns only once the feedback is durably stored; the learner, when
     * one is present, learns from it too, on its own thread through the learning queue.
     *
     * @param rating 0 (none) or 1..5
     * @throws IllegalArgumentException when a track is not in the library or the rating is out of range
     * @throws IOException              when it could not be stored; nothing is then acknowledged
     */
    Feedback addUserFeedback(String fromTrackId, String toTrackId, boolean accepted, int rating) throws IOException;

    /** The queue of feedback to the learner (its own bound, 50 by default): a slow learner drops, counted. */
    QueueStats learningQueue();

    /** Starts a new mix session, ending the running one. */
    MixSession startSession(String name) throws IOException;

    /**
     * Plays {@code trackId} in the running session (starting one when none runs), recording the transition and
     * the recommendations last shown.
     *
     * @throws IllegalArgumentException when the track is not in the library
     */
    MixSession play(String trackId) throws IOException;

    /** Ends the running session; empty when none runs. */
    Optional<MixSession> endSession() throws IOException;

    /** The running session, if any. */
    Optional<MixSession> currentSession();

    /**
     * Writes a session as an M3U playlist ({@code <name>.m3u}) and as CSV ({@code <name>.csv}: one row per
     * transition with its time, tracks, tempo, key and where the track stood among those shown) into
     * {@code directory}.
     *
     * @return the files written
     * @throws IllegalArgumentException when there is no such session
     */
    List<Path> exportSession(String sessionId, Path directory) throws IOException;
}
