package io.segue.api.mix;

import io.segue.api.library.Track;
import java.util.List;

/**
 * A track suggested to play next.
 *
 * @param track      the suggestion
 * @param score      the total score, 0..1, higher is better
 * @param components each component of the score with its reason
 */
public record Recommendation(Track track, double score, List<ScoreComponent> components) {

    public Recommendation {
        components = List.copyOf(components);
    }
}
