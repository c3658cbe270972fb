package io.segue.learner.internal.component;

import io.segue.api.learn.Feedback;
import io.segue.api.learn.Learner;
import io.segue.api.learn.LearnerStatus;
import io.segue.api.learn.ModelStore;
import io.segue.api.learn.ModelStore.StoredModel;
import io.segue.api.library.MusicLibrary;
import io.segue.api.library.TrackAnalysis;
import io.segue.learner.internal.features.TransitionFeatures;
import io.segue.learner.internal.model.FeedbackWeight;
import io.segue.learner.internal.model.LogisticModel;
import io.segue.learner.internal.model.LogisticModelJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The learner Segue ships: an online logistic regression over the {@link TransitionFeatures} of a transition,
 * trained by one SGD step per feedback (accepted 1, rejected 0, weighted by the rating: {@link FeedbackWeight}).
 * Scores are the model's probability that the DJ takes the transition; it gives none before
 * {@code minFeedback} feedbacks (default 5) or when either track has no analysis.
 *
 * <p>Threading: the model is an immutable {@link LogisticModel} published through a volatile field; a score reads
 * it once and takes no lock. {@link #learn} and {@link #reset} (the learning thread and an operator's shell) are
 * serialised with each other only.
 *
 * <p>Persistence: the model is loaded from the {@link ModelStore} at activation and saved after every
 * {@code saveEvery} feedbacks (default 1) and at deactivation, as {@link LogisticModelJson} version
 * {@value LogisticModelJson#VERSION}. A stored model of another version, or a damaged one, is refused with a warning
 * that quotes it (so it is not lost unseen), and learning starts over; the next save replaces it.
 *
 * <p>Registered at ranking 10, above the {@link RuleLearner} baseline.
 */
@Component(name = "io.segue.learner.logistic", service = Learner.class, configurationPid = LogisticLearnerConfig.PID,
        property = Constants.SERVICE_RANKING + ":Integer=" + OnlineTransitionLearner.RANKING)
@Designate(ocd = LogisticLearnerConfig.class)
public final class OnlineTransitionLearner implements Learner {

    static final String ID = "logistic";
    /** Above {@link RuleLearner#RANKING}: where both run, clients that take the best-ranked learner use this one. */
    static final int RANKING = 10;
    static final int CACHE_CAPACITY = 4096;

    private final ModelStore store;
    private final Logger log;
    private final AnalysisCache analyses;
    private volatile LogisticSettings settings;
    private volatile LogisticModel model;
    /** Serialises the writers: learn, reset, save. Scores never take it. */
    private final Object writing = new Object();
    private int unsaved;

    @Activate
    public OnlineTransitionLearner(@Reference(name = "library") MusicLibrary library,
            @Reference(name = "modelStore") ModelStore store, LogisticLearnerConfig config,
            @Reference(name = "log", service = LoggerFactory.class) Logger log) {
        this.store = store;
        this.log = log;
        this.analyses = new AnalysisCache(library, CACHE_CAPACITY);
        LogisticSettings validated;
        try {
            validated = LogisticSettings.of(config);
        } catch (IllegalArgumentException e) {
            log.warn(e.getMessage() + " (running on the defaults)");
            validated = LogisticSettings.DEFAULTS;
        }
        settings = validated;
        model = load();
    }

    /** A refused change throws (SCR logs it) and leaves the previous settings in force. */
    @Modified
    void modified(LogisticLearnerConfig config) {
        settings = LogisticSettings.of(config);
    }

    @Deactivate
    void deactivate() {
        synchronized (writing) {
            if (unsaved > 0) {
                save();
            }
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void learn(Feedback feedback) {
        Optional<TrackAnalysis> from = analyses.analysis(feedback.fromTrackId());
        Optional<TrackAnalysis> to = analyses.analysis(feedback.toTrackId());
        synchronized (writing) {
            if (from.isEmpty() || to.isEmpty()) {
                log.debug("feedback on " + feedback.fromTrackId() + " → " + feedback.toTrackId()
                        + " not learned: " + (from.isEmpty() ? feedback.fromTrackId() : feedback.toTrackId())
                        + " has no analysis");
                model = model.skip();
            } else {
                LogisticSettings s = settings;
                double[] x = TransitionFeatures.of(from.get(), to.get());
                model = model.learn(x, feedback.accepted() ? 1 : 0, FeedbackWeight.of(feedback), s.learningRate(),
                        s.l2());
            }
            if (++unsaved >= settings.saveEvery()) {
                save();
            }
        }
    }

    @Override
    public OptionalDouble transitionScore(String fromTrackId, String toTrackId) {
        LogisticModel current = model;
        if (current.learned() < settings.minFeedback()) {
            return OptionalDouble.empty();
        }
        Optional<TrackAnalysis> from = analyses.analysis(fromTrackId);
        if (from.isEmpty()) {
            return OptionalDouble.empty();
        }
        Optional<TrackAnalysis> to = analyses.analysis(toTrackId);
        if (to.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(current.probability(TransitionFeatures.of(from.get(), to.get())));
    }

    @Override
    public long feedbackCount() {
        return model.learned();
    }

    @Override
    public LearnerStatus status() {
        LogisticModel current = model;
        LogisticSettings s = settings;
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < current.size(); i++) {
            weights.put(TransitionFeatures.NAMES.get(i), current.weight(i));
        }
        String description = "online logistic regression over " + TransitionFeatures.COUNT
                + " transition features (SGD, learning rate " + s.learningRate() + ", L2 " + s.l2() + "); "
                + current.accepted() + " of " + current.learned() + " feedbacks accepted, " + current.skipped()
                + " skipped (a track without analysis); scores after " + s.minFeedback() + " feedbacks";
        return new LearnerStatus(ID, description, LogisticModelJson.VERSION, current.learned(), weights);
    }

    /**
     * @throws UncheckedIOException when the stored model could not be deleted: the learner has forgotten it, but it
     *                              would come back at the next start
     */
    @Override
    public void reset() {
        synchronized (writing) {
            model = LogisticModel.untrained(TransitionFeatures.COUNT);
            unsaved = 0;
            try {
                store.delete(ID);
            } catch (IOException e) {
                throw new UncheckedIOException("learner " + ID + " forgot its model but could not delete the stored "
                        + "one (it comes back at the next start unless the learner learns and saves first): "
                        + e.getMessage(), e);
            }
            log.info("learner " + ID + ": model reset, stored model deleted");
        }
    }

    @Override
    public String exportModel() {
        LogisticSettings s = settings;
        return LogisticModelJson.write(model, TransitionFeatures.NAMES, s.learningRate(), s.l2());
    }

    private LogisticModel load() {
        Optional<StoredModel> stored = store.load(ID);
        if (stored.isEmpty()) {
            log.info("learner " + ID + ": no stored model, starting untrained");
            return LogisticModel.untrained(TransitionFeatures.COUNT);
        }
        StoredModel found = stored.get();
        if (found.version() != LogisticModelJson.VERSION) {
            log.warn("learner " + ID + ": the stored model has version " + found.version() + ", this learner knows "
                    + "version " + LogisticModelJson.VERSION + ": starting untrained; the next save replaces the "
                    + "stored model, which was: " + found.json());
            return LogisticModel.untrained(TransitionFeatures.COUNT);
        }
        try {
            LogisticModel loaded = LogisticModelJson.read(found.json(), TransitionFeatures.NAMES);
            log.info("learner " + ID + ": loaded the model stored at " + found.savedEpochMillis() + " ("
                    + loaded.learned() + " feedbacks learned)");
            return loaded;
        } catch (IllegalArgumentException e) {
            log.warn("learner " + ID + ": the stored model cannot be read (" + e.getMessage() + "): starting "
                    + "untrained; the next save replaces the stored model, which was: " + found.json());
            return LogisticModel.untrained(TransitionFeatures.COUNT);
        }
    }

    /** Called holding {@link #writing}. A failure is logged; the model stays in memory and the next save retries. */
    private void save() {
        try {
            store.save(new StoredModel(ID, LogisticModelJson.VERSION, exportModel(), System.currentTimeMillis()));
            unsaved = 0;
        } catch (IOException | RuntimeException e) {
            log.warn("learner " + ID + ": could not save the model (kept in memory, saved again after the next "
                    + "feedback): " + e);
        }
    }
}
