package io.segue.api.predict;

import io.segue.api.feature.FeatureFrame;
import java.util.Set;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Predicts what comes next from the feature frames of the live stream. Register as an OSGi service; the host feeds
 * every predictor from a bounded queue (default 50 frames) on a prediction thread, off the analysis thread.
 *
 * <p>Threading: {@link #observe} and {@link #reset} are called by one thread at a time.
 */
@ConsumerType
public interface Predictor {

    /** A short unique identifier (e.g. {@code beat}). */
    String id();

    /** The kinds of prediction this predictor makes. */
    Set<PredictionKind> kinds();

    /**
     * Takes in the next frame and emits any predictions it now makes.
     *
     * @param frame an immutable frame
     * @param out   receives the predictions, on the calling thread
     */
    void observe(FeatureFrame frame, Consumer<Prediction> out);

    /** Forgets the stream so far (a new stream began). */
    void reset();

    /**
     * A known track began playing (see {@link TrackCue}): a predictor that can use what the library knows of it
     * (its tempo, its beat grid) starts from that. Called on the same thread as {@link #observe}, between frames;
     * the default ignores it.
     */
    default void cue(TrackCue cue) {
    }
}
