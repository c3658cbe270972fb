package io.segue.recommender.internal.component;

import io.segue.api.learn.Learner;
import io.segue.api.library.MusicLibrary;
import io.segue.api.mix.Recommendation;
import io.segue.api.mix.RecommendationRequest;
import io.segue.api.mix.Recommender;
import io.segue.recommender.internal.scoring.Catalogue;
import io.segue.recommender.internal.scoring.NextTrackScorer;
import io.segue.recommender.internal.scoring.ScoringSettings;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The recommender Segue ships: every library track scored for tempo, Camelot key and energy intent against the
 * current track or the live stream, plus the learner's transition score when a learner is present (see
 * {@link NextTrackScorer}).
 *
 * <p>It reads the library's {@link MusicLibrary#catalogue() catalogue} once per {@link MusicLibrary#revision()
 * revision} into flat arrays and answers every request from them; a request only asks the library whether the
 * revision changed. Registered at ranking 0: a replacement registered with a higher {@code service.ranking} takes
 * over where clients use the highest-ranked recommender.
 *
 * <p>Configuration {@value RecommenderConfig#PID}: a value out of range is refused with a message naming the key
 * and the range. At activation the defaults then run (logged); a refused change leaves the previous settings in
 * force (SCR logs the exception).
 */
@Component(name = "io.segue.recommender", service = Recommender.class, configurationPid = RecommenderConfig.PID,
        property = Constants.SERVICE_RANKING + ":Integer=0")
@Designate(ocd = RecommenderConfig.class)
public final class CompatibilityRecommender implements Recommender {

    private final MusicLibrary library;
    private final Logger log;
    private volatile NextTrackScorer scorer;
    private final AtomicReference<Learner> learner = new AtomicReference<>();
    private volatile Catalogue catalogue;
    /** Held by the one caller that reads the catalogue again after a change. */
    private final ReentrantLock rebuild = new ReentrantLock();

    @Activate
    public CompatibilityRecommender(@Reference(name = "library") MusicLibrary library, RecommenderConfig config,
            @Reference(name = "log", service = LoggerFactory.class) Logger log) {
        this.library = library;
        this.log = log;
        ScoringSettings settings;
        try {
            settings = RecommenderSettings.of(config);
        } catch (IllegalArgumentException e) {
            log.warn(e.getMessage() + " (running on the defaults)");
            settings = ScoringSettings.DEFAULTS;
        }
        scorer = new NextTrackScorer(settings);
    }

    /** A refused change throws (SCR logs it) and leaves the previous settings in force. */
    @Modified
    void modified(RecommenderConfig config) {
        scorer = new NextTrackScorer(RecommenderSettings.of(config));
    }

    /** The learner in use; a better-ranked one replaces it at once (greedy). */
    @Reference(name = "learner", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindLearner(Learner bound) {
        learner.set(bound);
    }

    /** Drops the learner only if it is still the one in use (a greedy swap binds the new one first). */
    public void unbindLearner(Learner unbound) {
        learner.compareAndSet(unbound, null);
    }

    @Override
    public List<Recommendation> recommend(RecommendationRequest request) {
        Objects.requireNonNull(request, "request");
        return scorer.recommend(catalogue(), request, learner.get());
    }

    /** The settings in force. */
    ScoringSettings settings() {
        return scorer.settings();
    }

    /**
     * The catalogue of the library's current revision: read again only when the revision changed. One caller reads
     * it; while it does, the others are answered from the previous catalogue rather than kept waiting (during an
     * import the revision changes with every file), except before the first, when there is nothing to answer from.
     */
    Catalogue catalogue() {
        Catalogue current = catalogue;
        if (current != null && current.revision() == library.revision()) {
            return current;
        }
        if (current != null) {
            if (!rebuild.tryLock()) {
                return current;
            }
        } else {
            rebuild.lock();
        }
        try {
            // read the revision first: a change while the catalogue is read makes the next request read it again
            long revision = library.revision();
            current = catalogue;
            if (current == null || current.revision() != revision) {
                current = Catalogue.of(library.catalogue(), revision);
                catalogue = current;
                log.debug("recommender catalogue: " + current.size() + " tracks at library revision " + revision);
            }
            return current;
        } finally {
            rebuild.unlock();
        }
    }
}
