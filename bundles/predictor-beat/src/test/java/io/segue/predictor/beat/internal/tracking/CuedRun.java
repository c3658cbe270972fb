package io.segue.predictor.beat.internal.tracking;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.api.predict.TrackCue;
import java.util.ArrayList;
import java.util.List;

/**
 * A forecaster run over the real pipeline's frames of some audio, with a cue handed to it between the frames at the
 * cue's start (as the prediction thread does when the DJ plays a track): the predicted beat and downbeat times.
 */
record CuedRun(double[] beats, double[] downbeats, List<Prediction> predictions) {

    static CuedRun of(float[] samples, TrackCue cue) throws InterruptedException {
        return of(PipelineFrames.of(samples), cue);
    }

    static CuedRun of(List<FeatureFrame> frames, TrackCue cue) {
        BeatForecaster forecaster = new BeatForecaster("beat", 0.5);
        List<Prediction> predictions = new ArrayList<>();
        boolean cued = cue == null;
        for (FeatureFrame frame : frames) {
            if (!cued && frame.startSeconds() >= cue.startSeconds()) {
                forecaster.cue(cue);
                cued = true;
            }
            forecaster.observe(frame, predictions::add);
        }
        return new CuedRun(targets(predictions, PredictionKind.BEAT), targets(predictions, PredictionKind.DOWNBEAT),
                predictions);
    }

    private static double[] targets(List<Prediction> predictions, PredictionKind kind) {
        return predictions.stream().filter(p -> p.kind() == kind).mapToDouble(Prediction::targetSeconds).toArray();
    }

    /** {@code first} then {@code second}, one after the other. */
    static float[] concat(float[] first, float[] second) {
        float[] out = new float[first.length + second.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    /** {@code times} each plus {@code seconds}. */
    static double[] shift(double[] times, double seconds) {
        double[] out = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            out[i] = times[i] + seconds;
        }
        return out;
    }
}
