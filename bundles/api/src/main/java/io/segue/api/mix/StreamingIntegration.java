package io.segue.api.mix;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.learn.Feedback;
import io.segue.api.predict.Prediction;
import java.io.IOException;
import java.util.List;
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

    /** What to play next after the current track or the live stream's state. */
    List<Recommendation> recommendations(RecommendationRequest request);

    /**
     * Records the DJ's verdict on a transition. Returns only once the feedback is durably stored.
     *
     * @throws IOException when it could not be stored; nothing is then acknowledged
     */
    Feedback addUserFeedback(String fromTrackId, String toTrackId, boolean accepted, int rating) throws IOException;

    /** Starts a new mix session, ending the current one. */
    MixSession startSession(String name) throws IOException;

    /** The session in progress, with its transitions. */
    MixSession currentSession();
}
