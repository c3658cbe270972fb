package io.segue.api.mix;

import java.util.Set;

/**
 * What to recommend for.
 *
 * @param currentTrackId  the track playing now, or {@code null} to use the live stream's current state
 * @param intent          where the energy should go
 * @param limit           at most this many recommendations
 * @param excludeTrackIds tracks not to suggest (e.g. already played)
 */
public record RecommendationRequest(String currentTrackId, EnergyIntent intent, int limit,
        Set<String> excludeTrackIds) {

    public RecommendationRequest {
        excludeTrackIds = Set.copyOf(excludeTrackIds);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }
}
