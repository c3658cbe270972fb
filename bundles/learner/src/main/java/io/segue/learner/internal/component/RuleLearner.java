package io.segue.learner.internal.component;

import io.segue.api.learn.Feedback;
import io.segue.api.learn.Learner;
import io.segue.api.learn.LearnerStatus;
import io.segue.api.library.MusicLibrary;
import io.segue.api.library.TrackAnalysis;
import io.segue.learner.internal.model.Json;
import io.segue.learner.internal.rules.RuleScore;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The fixed-rule baseline learner: scores a transition from tempo and key alone ({@link RuleScore}) and learns
 * nothing, only counting the feedback it is given. It shows that learners are swappable: registered at ranking 5,
 * below the {@link OnlineTransitionLearner}, it takes over where that one is stopped. It stores nothing (it has
 * nothing learned to keep), so its count starts at 0 after a restart.
 */
@Component(name = "io.segue.learner.rules", service = Learner.class, configurationPid = RuleLearnerConfig.PID,
        property = Constants.SERVICE_RANKING + ":Integer=" + RuleLearner.RANKING)
@Designate(ocd = RuleLearnerConfig.class)
public final class RuleLearner implements Learner {

    static final String ID = "rules";
    static final int RANKING = 5;
    static final int VERSION = 1;
    static final RuleScore DEFAULTS = new RuleScore(6, 0.6);

    private final AnalysisCache analyses;
    private final AtomicLong feedback = new AtomicLong();
    private volatile RuleScore rules;

    @Activate
    public RuleLearner(@Reference(name = "library") MusicLibrary library, RuleLearnerConfig config,
            @Reference(name = "log", service = LoggerFactory.class) Logger log) {
        this.analyses = new AnalysisCache(library, OnlineTransitionLearner.CACHE_CAPACITY);
        RuleScore validated;
        try {
            validated = validate(config);
        } catch (IllegalArgumentException e) {
            log.warn(e.getMessage() + " (running on the defaults)");
            validated = DEFAULTS;
        }
        rules = validated;
    }

    /** A refused change throws (SCR logs it) and leaves the previous settings in force. */
    @Modified
    void modified(RuleLearnerConfig config) {
        rules = validate(config);
    }

    /** @throws IllegalArgumentException naming the first key out of range, its range and its value */
    static RuleScore validate(RuleLearnerConfig config) {
        double tolerance = config.tempoTolerancePercent();
        if (!(tolerance >= 0.5 && tolerance <= 50)) {
            throw new IllegalArgumentException(
                    RuleLearnerConfig.PID + ": tempoTolerancePercent must be in 0.5..50, was " + tolerance);
        }
        double tempoWeight = config.tempoWeight();
        if (!(tempoWeight >= 0 && tempoWeight <= 1)) {
            throw new IllegalArgumentException(
                    RuleLearnerConfig.PID + ": tempoWeight must be in 0..1, was " + tempoWeight);
        }
        return new RuleScore(tolerance, tempoWeight);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void learn(Feedback ignored) {
        feedback.incrementAndGet();
    }

    @Override
    public OptionalDouble transitionScore(String fromTrackId, String toTrackId) {
        Optional<TrackAnalysis> from = analyses.analysis(fromTrackId);
        if (from.isEmpty()) {
            return OptionalDouble.empty();
        }
        Optional<TrackAnalysis> to = analyses.analysis(toTrackId);
        return to.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(rules.score(from.get(), to.get()));
    }

    @Override
    public long feedbackCount() {
        return feedback.get();
    }

    @Override
    public LearnerStatus status() {
        RuleScore r = rules;
        return new LearnerStatus(ID, "fixed rules: tempo (0 at " + r.tempoTolerancePercent() + " % rate change) and "
                + "Camelot key compatibility; learns nothing", VERSION, feedback.get(),
                Map.of("tempoTolerancePercent", r.tempoTolerancePercent(), "tempoWeight", r.tempoWeight(),
                        "keyWeight", 1 - r.tempoWeight()));
    }

    @Override
    public void reset() {
        feedback.set(0);
    }

    @Override
    public String exportModel() {
        RuleScore r = rules;
        StringBuilder out = new StringBuilder("{\"kind\":");
        Json.string(out, ID).append(",\"version\":").append(VERSION).append(",\"learned\":").append(feedback.get())
                .append(",\"tempoTolerancePercent\":");
        Json.number(out, r.tempoTolerancePercent()).append(",\"tempoWeight\":");
        return Json.number(out, r.tempoWeight()).append('}').toString();
    }
}
