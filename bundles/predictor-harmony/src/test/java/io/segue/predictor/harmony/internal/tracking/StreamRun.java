package io.segue.predictor.harmony.internal.tracking;

import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.extractors.internal.chroma.ChromaExtractor;
import io.segue.extractors.internal.key.KeyConfig;
import io.segue.extractors.internal.key.KeyExtractor;
import io.segue.extractors.internal.tempo.TempoConfig;
import io.segue.extractors.internal.tempo.TempoExtractor;
import io.segue.predictor.harmony.internal.chord.Chords;
import io.segue.predictor.harmony.internal.testing.ExtractorPipelines;
import io.segue.testing.Configs;
import java.util.ArrayList;
import java.util.List;

/** A rendered signal through the real pipeline and extractors into a {@link HarmonyTracker}, and its scores. */
final class StreamRun {

    final List<Prediction> predictions = new ArrayList<>();

    /** The real chroma, key and tempo extractors with their default configuration. */
    static List<FeatureExtractor> extractors() {
        return List.of(new ChromaExtractor(), new KeyExtractor(Configs.defaults(KeyConfig.class)),
                new TempoExtractor(Configs.defaults(TempoConfig.class)));
    }

    static List<FeatureFrame> frames(float[] samples, List<FeatureExtractor> extractors) {
        return ExtractorPipelines.frames(extractors, samples, RenderedProgression.SAMPLE_RATE_HZ);
    }

    static StreamRun of(List<FeatureFrame> frames, HarmonyTracker tracker) {
        StreamRun run = new StreamRun();
        frames.forEach(frame -> tracker.observe(frame, run.predictions::add));
        return run;
    }

    static StreamRun of(RenderedProgression progression) {
        return of(frames(progression.samples(), extractors()), new HarmonyTracker("harmony", HarmonySettings.DEFAULTS));
    }

    /** The chord observations: target at or before the time they were made. */
    List<Prediction> observations() {
        return predictions.stream()
                .filter(p -> p.kind() == PredictionKind.CHORD && p.targetSeconds() <= p.madeAtSeconds()).toList();
    }

    List<Prediction> keyChanges() {
        return predictions.stream().filter(p -> p.kind() == PredictionKind.KEY_CHANGE).toList();
    }

    /** The chord observed for the middle of beat {@code beat} (the last observation starting at or before it). */
    String observedAt(double seconds, double beatSeconds) {
        Prediction found = null;
        for (Prediction p : observations()) {
            if (p.targetSeconds() <= seconds && p.targetSeconds() > seconds - 2 * beatSeconds) {
                found = p;
            }
        }
        return found == null ? "-" : found.label();
    }

    /** The share of beats from {@code fromBeat} whose middle has the true chord observed. */
    double chordAccuracy(RenderedProgression truth, int fromBeat) {
        int right = 0;
        int total = 0;
        double beat = truth.beatSeconds();
        for (int b = fromBeat; b < truth.beatChords().length; b++) {
            total++;
            if (observedAt((b + 0.5) * beat, beat).equals(Chords.label(truth.beatChords()[b]))) {
                right++;
            }
        }
        return right / (double) total;
    }

    /** The observed chord per beat, for failure messages. */
    String beatsByChord(RenderedProgression truth) {
        StringBuilder s = new StringBuilder();
        double beat = truth.beatSeconds();
        for (int b = 0; b < truth.beatChords().length; b++) {
            s.append(Chords.label(truth.beatChords()[b])).append('/').append(observedAt((b + 0.5) * beat, beat))
                    .append(b % 4 == 3 ? " | " : " ");
        }
        return s.toString();
    }
}
