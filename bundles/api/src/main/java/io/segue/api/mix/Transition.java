package io.segue.api.mix;

/**
 * One move from a track to the next within a mix session.
 *
 * @param fromTrackId the track that was playing
 * @param toTrackId   the track that followed
 * @param epochMillis when it happened (wall clock)
 */
public record Transition(String fromTrackId, String toTrackId, long epochMillis) {
}
