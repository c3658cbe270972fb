package io.segue.api.learn;

import java.util.OptionalDouble;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An online model of the DJ's taste in transitions, updated from {@link Feedback}. Register as an OSGi service;
 * the host feeds it from a bounded learning queue (default 50) on its own thread.
 *
 * <p>Threading: {@link #learn} is called by one thread at a time; {@link #transitionScore} may be called from any
 * thread concurrently with it.
 */
@ConsumerType
public interface Learner {

    /** A short unique identifier. */
    String id();

    /** Updates the model with one piece of feedback. */
    void learn(Feedback feedback);

    /**
     * How much the DJ is expected to like a transition, 0 (reject) to 1 (love), or empty when the model knows too
     * little to say.
     */
    OptionalDouble transitionScore(String fromTrackId, String toTrackId);

    /** Pieces of feedback learned from so far. */
    long feedbackCount();

    /** What the model is and how far it has learned, for operators. */
    LearnerStatus status();

    /** Forgets everything learned (and the stored model): the next scores are the untrained model's. */
    void reset();

    /** The model as JSON (its kind, version, parameters and counters), e.g. to inspect or archive it. */
    String exportModel();
}
