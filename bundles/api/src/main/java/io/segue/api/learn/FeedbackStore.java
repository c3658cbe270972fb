package io.segue.api.learn;

import java.io.IOException;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The DJ's feedback on transitions, stored durably. */
@ProviderType
public interface FeedbackStore {

    /**
     * Stores one feedback. When this returns, the feedback is on disk: a crash right after loses nothing.
     *
     * @return the feedback as stored, with its id
     * @throws IOException when it could not be stored; then it was not
     */
    StoredFeedback store(Feedback feedback) throws IOException;

    /** Feedback with an id greater than {@code afterId}, oldest first, at most {@code limit}. */
    List<StoredFeedback> since(long afterId, int limit);

    /** How many feedbacks are stored. */
    long count();

    /** A stored feedback and its id (increasing in the order they were stored). */
    record StoredFeedback(long id, Feedback feedback) {
    }
}
