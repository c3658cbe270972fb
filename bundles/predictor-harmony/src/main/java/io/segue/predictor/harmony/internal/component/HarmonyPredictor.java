package io.segue.predictor.harmony.internal.component;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.api.predict.Predictor;
import io.segue.predictor.harmony.internal.tracking.HarmonySettings;
import io.segue.predictor.harmony.internal.tracking.HarmonyTracker;
import java.util.Set;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link HarmonyTracker} as a {@link Predictor} service, id {@value #ID}: CHORD observations and forecasts and
 * KEY_CHANGE, from the {@code chroma}, {@code tempo} and {@code key} values of the frames. Configuration PID
 * {@value HarmonyConfig#PID}; a new configuration re-creates the component, which then starts afresh.
 */
@Component(service = Predictor.class, configurationPid = HarmonyConfig.PID)
@Designate(ocd = HarmonyConfig.class)
public final class HarmonyPredictor implements Predictor {

    static final String ID = "harmony";

    private static final Set<PredictionKind> KINDS = Set.of(PredictionKind.CHORD, PredictionKind.KEY_CHANGE);

    private final HarmonyTracker tracker;

    /**
     * @throws IllegalArgumentException when a configuration value is outside its range; the message names it
     */
    @Activate
    public HarmonyPredictor(HarmonyConfig config) {
        this.tracker = new HarmonyTracker(ID, settings(config));
    }

    static HarmonySettings settings(HarmonyConfig config) {
        int beatsPerBar = config.beatsPerBar();
        double fallbackBpm = config.fallbackBpm();
        int candidates = config.forecastCandidates();
        double minScore = config.minChordScore();
        double adaptation = config.adaptationWeight();
        String pid = HarmonyConfig.PID;
        if (beatsPerBar < 2 || beatsPerBar > 12) {
            throw new IllegalArgumentException(pid + ": beatsPerBar must be in 2..12, was " + beatsPerBar);
        }
        if (!(fallbackBpm >= 40 && fallbackBpm <= 240)) {
            throw new IllegalArgumentException(pid + ": fallbackBpm must be in 40..240, was " + fallbackBpm);
        }
        if (candidates < 1 || candidates > 5) {
            throw new IllegalArgumentException(pid + ": forecastCandidates must be in 1..5, was " + candidates);
        }
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException(pid + ": minChordScore must be in 0..1, was " + minScore);
        }
        if (!(adaptation >= 0 && adaptation <= 100)) {
            throw new IllegalArgumentException(pid + ": adaptationWeight must be in 0..100, was " + adaptation);
        }
        return new HarmonySettings(beatsPerBar, fallbackBpm, candidates, minScore, adaptation);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<PredictionKind> kinds() {
        return KINDS;
    }

    @Override
    public void observe(FeatureFrame frame, Consumer<Prediction> out) {
        tracker.observe(frame, out);
    }

    @Override
    public void reset() {
        tracker.reset();
    }
}
