package io.segue.predictor.beat.internal.service;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.api.predict.Predictor;
import io.segue.api.predict.TrackCue;
import io.segue.predictor.beat.internal.tracking.BeatForecaster;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The beat predictor as a service: id {@value #ID}, a {@link BeatForecaster} over the frames of the onset, tempo and
 * chroma extractors. Each upcoming beat is predicted once, {@code leadBeats} of a period ahead: target time the beat,
 * value the tempo in BPM, confidence the share of recent beats that fell on the predicted grid. When the bar's first
 * beat can be told (kick pattern, harmony changes, a cue), that beat is predicted a second time as a
 * {@link PredictionKind#DOWNBEAT}, its confidence the probability of that bar position.
 *
 * <p>{@link #cue}: a library track's beat grid seeds the tracker (its tempo and phase at once; the onsets then correct
 * the phase and a pitch of up to 8 %), see {@link BeatForecaster#cue}.
 *
 * <p>Configuration {@value BeatPredictorConfig#PID}; a value out of range fails activation with an
 * {@link IllegalArgumentException} naming the key, the value and the range. A change re-activates the component,
 * which starts over.
 */
@Component(service = Predictor.class, configurationPid = BeatPredictorConfig.PID)
@Designate(ocd = BeatPredictorConfig.class)
@PredictorId(BeatPredictor.ID)
public final class BeatPredictor implements Predictor {

    static final String ID = "beat";

    private final BeatForecaster forecaster;

    @Activate
    public BeatPredictor(BeatPredictorConfig config) {
        double lead = config.leadBeats();
        if (!(lead >= 0.1 && lead <= 2)) {
            throw new IllegalArgumentException(BeatPredictorConfig.PID + ": leadBeats must be in 0.1..2, was " + lead);
        }
        this.forecaster = new BeatForecaster(ID, lead);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<PredictionKind> kinds() {
        return Set.of(PredictionKind.BEAT, PredictionKind.DOWNBEAT);
    }

    @Override
    public void observe(FeatureFrame frame, Consumer<Prediction> out) {
        forecaster.observe(Objects.requireNonNull(frame, "frame"), Objects.requireNonNull(out, "out"));
    }

    @Override
    public void cue(TrackCue cue) {
        forecaster.cue(Objects.requireNonNull(cue, "cue"));
    }

    @Override
    public void reset() {
        forecaster.reset();
    }
}
