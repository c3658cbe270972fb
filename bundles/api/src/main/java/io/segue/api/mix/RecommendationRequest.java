package io.segue.api.mix;

import java.util.List;

/**
 * What to recommend for.
 *
 * @param currentTrackId the track playing now, or {@code null} to use {@code live}
 * @param live           the live stream's state, used when {@code currentTrackId} is {@code null}
 * @param intent         where the energy should go
 * @param limit          at most this many recommendations
 * @param playedTrackIds the tracks played in this session, oldest first: not suggested again, and their artists
 *                       count against the same artist too soon
 */
public record RecommendationRequest(String currentTrackId, LiveState live, EnergyIntent intent, int limit,
        List<String> playedTrackIds) {

    public RecommendationRequest {
        playedTrackIds = List.copyOf(playedTrackIds);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        if (currentTrackId == null && live == null) {
            throw new IllegalArgumentException("recommend for a track or for the live state: both are missing");
        }
        if (intent == null) {
            intent = EnergyIntent.MAINTAIN;
        }
    }

    /** Recommendations after a library track. */
    public static RecommendationRequest after(String trackId, EnergyIntent intent, int limit) {
        return new RecommendationRequest(trackId, null, intent, limit, List.of());
    }
}
