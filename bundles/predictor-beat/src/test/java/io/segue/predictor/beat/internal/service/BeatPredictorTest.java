package io.segue.predictor.beat.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.api.predict.TrackCue;
import io.segue.predictor.beat.internal.tracking.BeatForecaster;
import io.segue.predictor.beat.internal.tracking.PipelineFrames;
import io.segue.testing.Allocations;
import io.segue.testing.Configs;
import io.segue.testing.audio.DrumPattern;
import io.segue.testing.audio.DrumPattern.Style;
import io.segue.testing.audio.NoiseSignals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BeatPredictorTest {

    private static final int RATE = PipelineFrames.SAMPLE_RATE_HZ;

    @Test
    void isTheBeatPredictor() {
        BeatPredictor predictor = predictor();
        assertEquals("beat", predictor.id());
        assertEquals(Set.of(PredictionKind.BEAT, PredictionKind.DOWNBEAT), predictor.kinds());
    }

    @Test
    void refusesALeadOutOfRangeNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BeatPredictor(Configs.of(BeatPredictorConfig.class, Map.of("leadBeats", 3.0))));
        assertEquals("io.segue.predictor.beat: leadBeats must be in 0.1..2, was 3.0", e.getMessage());
    }

    @Test
    void framesAreReadWhereTheExtractorsDescribeTheirOutputs() {
        Map<String, ExtractorDescriptor> descriptors = new LinkedHashMap<>();
        for (FeatureExtractor extractor : PipelineFrames.extractors()) {
            descriptors.put(extractor.descriptor().id(), extractor.descriptor());
        }
        assertEquals("strength", descriptors.get(BeatForecaster.ONSET).outputs().get(BeatForecaster.STRENGTH).id());
        assertEquals("onset", descriptors.get(BeatForecaster.ONSET).outputs().get(BeatForecaster.ONSET_EVENT).id());
        assertEquals("bpm", descriptors.get(BeatForecaster.TEMPO).outputs().get(BeatForecaster.BPM).id());
        assertEquals("beat", descriptors.get(BeatForecaster.TEMPO).outputs().get(BeatForecaster.BEAT).id());
        assertEquals(BeatForecaster.LOW_STRENGTH, descriptors.get(BeatForecaster.ONSET).offsetOf("low-strength"));
        assertEquals(0, descriptors.get(BeatForecaster.CHROMA).offsetOf("chroma"));
        assertEquals(12, descriptors.get(BeatForecaster.CHROMA).outputs().get(0).size());
        assertTrue(Stream.of(BeatForecaster.ONSET, BeatForecaster.TEMPO).flatMap(id -> descriptors.get(id).outputs()
                .stream()).allMatch(o -> o.size() == 1), "one value per output, so that positions are output indexes");
    }

    @Test
    void predictsBeatsAheadWithTheTempoAsValue() throws InterruptedException {
        BeatPredictor predictor = predictor();
        List<Prediction> predictions = observe(predictor, frames(DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 124), 10));
        assertTrue(predictions.size() >= 12, "predictions: " + predictions.size());
        for (Prediction p : predictions) {
            assertEquals("beat", p.predictorId());
            assertEquals(PredictionKind.BEAT, p.kind(), "drums alone, four on the floor: no bar to tell");
            assertTrue(p.targetSeconds() > p.madeAtSeconds(), "made after its beat: " + p);
            assertTrue(p.targetSeconds() - p.madeAtSeconds() <= 0.5 * 60 / p.value() + 1e-9, "too far ahead: " + p);
        }
        Prediction last = predictions.get(predictions.size() - 1);
        assertEquals(124, last.value(), 1.5);
        assertTrue(last.confidence() >= 0.75, "confidence after 10 s of a steady beat: " + last.confidence());
        double[] targets = predictions.stream().mapToDouble(Prediction::targetSeconds).toArray();
        double[] sorted = targets.clone();
        Arrays.sort(sorted);
        assertTrue(Arrays.equals(sorted, targets), "beats are predicted in order, each once");
    }

    @Test
    void aCuePredictsTheTracksBeatsBeforeTheAudioSaysAnything() throws InterruptedException {
        BeatPredictor predictor = predictor();
        DrumPattern.Rendering music = DrumPattern.of(Style.BOOM_BAP, 90).render(4, RATE, 7);
        predictor.cue(new TrackCue("track-1", 90, 0, 0));
        List<Prediction> predictions = observe(predictor, PipelineFrames.of(music.samples()));
        assertFalse(predictions.isEmpty());
        assertTrue(predictions.get(0).madeAtSeconds() < 1, "first: " + predictions.get(0));
        for (Prediction p : predictions) {
            double error = Arrays.stream(music.beatSeconds()).map(b -> Math.abs(b - p.targetSeconds())).min()
                    .orElseThrow();
            assertTrue(error <= 0.07, "off the beat by " + error + ": " + p);
        }
        assertThrows(NullPointerException.class, () -> predictor.cue(null));
    }

    /** The prediction thread's habit: nothing allocated per frame, only the predictions themselves. */
    @Test
    void observingAllocatesNothingButThePredictions() throws InterruptedException {
        List<FeatureFrame> frames = frames(DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 124), 10);
        BeatPredictor predictor = predictor();
        long[] predictions = {0};
        Consumer<Prediction> out = p -> predictions[0]++;
        TrackCue cue = new TrackCue("t", 124, 0, 0);
        // one pass unseeded, one cued
        Runnable pass = () -> {
            predictor.reset();
            for (FeatureFrame frame : frames) {
                predictor.observe(frame, out);
            }
            predictor.reset();
            predictor.cue(cue);
            for (FeatureFrame frame : frames) {
                predictor.observe(frame, out);
            }
        };
        // up to three rounds: an allocation per frame shows in each, a late compilation on a busy machine in one
        long bytes = Long.MAX_VALUE;
        long count = 0;
        for (int round = 0; round < 3; round++) {
            predictions[0] = 0;
            long measured = Allocations.bytesAllocatedBy(pass, 20);
            count = predictions[0] / 2;
            bytes = Math.min(bytes, measured);
        }
        System.out.printf(Locale.ROOT, "beat predictor allocation: %d bytes for %d frames with %d predictions%n",
                bytes, 40L * frames.size(), count);
        assertTrue(count > 20 * 20, "predictions " + count);
        // a Prediction takes at most 64 bytes; 8 bytes per frame would already be more (about 20 frames per prediction)
        assertTrue(bytes <= 64 * count, bytes + " bytes for " + count + " predictions");
    }

    @Test
    void resetForgetsTheTrackBefore() throws InterruptedException {
        BeatPredictor predictor = predictor();
        assertFalse(observe(predictor, frames(DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 124), 8)).isEmpty());
        predictor.reset();
        // a new track, its stream time from 0 again: nothing from the old grid may be announced
        List<Prediction> predictions = observe(predictor, frames(DrumPattern.of(Style.BOOM_BAP, 90), 8));
        assertFalse(predictions.isEmpty());
        double first = predictions.get(0).madeAtSeconds();
        assertTrue(first >= 60 / 70.0 * 2 - 0.1,
                "the first prediction after reset needs two slow beats of onsets, was made at " + first);
        for (Prediction p : predictions) {
            assertEquals(90, p.value(), 3, "tempo of the new track: " + p);
        }
    }

    @Test
    void aNewStreamWithoutResetStartsOver() throws InterruptedException {
        BeatPredictor predictor = predictor();
        assertFalse(observe(predictor, frames(DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 124), 8)).isEmpty());
        List<Prediction> predictions = observe(predictor, frames(DrumPattern.of(Style.BOOM_BAP, 90), 8));
        assertFalse(predictions.isEmpty());
        assertTrue(predictions.get(0).madeAtSeconds() >= 60 / 70.0 * 2 - 0.1, "first: " + predictions.get(0));
        for (Prediction p : predictions) {
            assertEquals(90, p.value(), 3, "tempo of the new stream: " + p);
        }
    }

    @Test
    void survivesDroppedFrames() throws InterruptedException {
        DrumPattern.Rendering music = DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 124).render(12, RATE, 7);
        List<FeatureFrame> frames = PipelineFrames.of(music.samples());
        List<FeatureFrame> kept = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            // a bounded queue drops a burst of 10 frames (0.23 s) in every 100
            if (i % 100 >= 10) {
                kept.add(frames.get(i));
            }
        }
        List<Prediction> predictions = observe(predictor(), kept);
        // a beat whose moment to be announced fell in a burst is not announced late: 4 or 5 of them
        assertTrue(predictions.size() >= 12, "predictions: " + predictions.size());
        for (Prediction p : predictions) {
            double error = Arrays.stream(music.beatSeconds()).map(b -> Math.abs(b - p.targetSeconds())).min()
                    .orElseThrow();
            boolean scored = p.madeAtSeconds() >= 4 && p.targetSeconds() < 12 - 0.07;
            assertTrue(!scored || error <= 0.07, "off the beat by " + error + ": " + p);
        }
    }

    @Test
    void silenceGivesNoBeats() throws InterruptedException {
        List<FeatureFrame> silence = PipelineFrames.of(new float[10 * RATE]);
        assertTrue(silence.size() > 400);
        assertEquals(List.of(), observe(predictor(), silence));
    }

    @Test
    void steadyNoiseGivesNoBeats() throws InterruptedException {
        for (float[] noise : List.of(NoiseSignals.white(12 * RATE, 0.3, 5), NoiseSignals.pink(12 * RATE, 0.3, 6))) {
            List<Prediction> predictions = observe(predictor(), PipelineFrames.of(noise));
            assertEquals(List.of(), predictions);
        }
    }

    @Test
    void stopsPredictingSoonAfterTheMusicStops() throws InterruptedException {
        DrumPattern.Rendering music = DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 124).render(8, RATE, 3);
        float[] samples = Arrays.copyOf(music.samples(), 16 * RATE);
        List<Prediction> predictions = observe(predictor(), PipelineFrames.of(samples));
        double lastTrueBeat = music.beatSeconds()[music.beatSeconds().length - 1];
        assertFalse(predictions.isEmpty());
        for (Prediction p : predictions) {
            assertTrue(p.targetSeconds() <= lastTrueBeat + (BeatForecaster.STALE_PERIODS + 1) * 60 / 124.0,
                    "a beat predicted long after the music stopped: " + p);
        }
    }

    @Test
    void framesWithoutUsableValuesMakeNoPredictionAndNoError() {
        BeatPredictor predictor = predictor();
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            double t = i * 512.0 / RATE;
            float beat = i % 20 == 0 ? 0.01f : Float.NaN;
            Map<String, float[]> values = switch (i % 6) {
                case 0 -> Map.of();
                case 1 -> Map.of("tempo", new float[] {124});
                case 2 -> Map.of("onset", new float[0], "tempo", new float[] {Float.NaN, 0, beat, Float.NaN, 0});
                case 3 -> Map.of("onset", new float[] {Float.POSITIVE_INFINITY, Float.NaN});
                case 4 -> Map.of("tempo", new float[] {-5, 0, beat, 0, 0});
                default -> Map.of("tempo", new float[] {Float.POSITIVE_INFINITY, 1, Float.NEGATIVE_INFINITY, 0, 0});
            };
            predictor.observe(new TestFrame(i, i % 50 == 0 ? Double.NaN : t, values), predictions::add);
        }
        assertEquals(List.of(), predictions);
        assertThrows(NullPointerException.class, () -> predictor.observe(null, predictions::add));
    }

    private static BeatPredictor predictor() {
        return new BeatPredictor(Configs.defaults(BeatPredictorConfig.class));
    }

    private static List<FeatureFrame> frames(DrumPattern pattern, double seconds) throws InterruptedException {
        return PipelineFrames.of(pattern.render(seconds, RATE, 7).samples());
    }

    private static List<Prediction> observe(BeatPredictor predictor, List<FeatureFrame> frames) {
        List<Prediction> predictions = new ArrayList<>();
        frames.forEach(f -> predictor.observe(f, predictions::add));
        return predictions;
    }

    private record TestFrame(long index, double startSeconds, Map<String, float[]> valuesById)
            implements FeatureFrame {

        @Override
        public long captureNanos() {
            return 0;
        }

        @Override
        public List<String> extractorIds() {
            return List.copyOf(valuesById.keySet());
        }

        @Override
        public float[] values(String extractorId) {
            return valuesById.get(extractorId);
        }

        @Override
        public FeatureFrame copy() {
            return this;
        }
    }
}
