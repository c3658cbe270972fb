package io.segue.api.learn;

import java.util.Objects;

/**
 * The DJ's verdict on a transition from one track to another.
 *
 * @param fromTrackId  the track playing
 * @param toTrackId    the track that followed (or was offered)
 * @param accepted     whether the DJ took the transition
 * @param rating       1 (bad) to 5 (great), or 0 when not rated
 * @param sessionId    the mix session it happened in, or {@code null}
 * @param epochMillis  when it was given (wall clock)
 */
public record Feedback(String fromTrackId, String toTrackId, boolean accepted, int rating, String sessionId,
        long epochMillis) {

    public Feedback {
        Objects.requireNonNull(fromTrackId, "fromTrackId");
        Objects.requireNonNull(toTrackId, "toTrackId");
        if (rating < 0 || rating > 5) {
            throw new IllegalArgumentException("rating must be 0 (none) or 1..5, was " + rating);
        }
    }
}
