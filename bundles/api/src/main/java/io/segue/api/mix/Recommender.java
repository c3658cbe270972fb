package io.segue.api.mix;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Scores candidate tracks as the next track. Register as an OSGi service; the highest-ranked one is used and can
 * be swapped while the stream runs.
 *
 * <p>Threading: may be called from any thread, concurrently.
 */
@ConsumerType
public interface Recommender {

    /** The best candidates, best first, each with its score and the reason per component. */
    List<Recommendation> recommend(RecommendationRequest request);
}
