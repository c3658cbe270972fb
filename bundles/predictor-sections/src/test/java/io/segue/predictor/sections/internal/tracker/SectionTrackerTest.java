package io.segue.predictor.sections.internal.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.extractors.internal.centroid.SpectralCentroidExtractor;
import io.segue.extractors.internal.loudness.LoudnessExtractor;
import io.segue.predictor.sections.internal.layout.FeatureLayout;
import io.segue.predictor.sections.internal.testing.Arrangement;
import io.segue.predictor.sections.internal.testing.Extractors;
import io.segue.predictor.sections.internal.testing.PipelineFrames;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tracker on frames the real pipeline made of generated arrangements. */
class SectionTrackerTest {

    /** 8 bars of breakdown, an 8-bar build-up, the drop. */
    private static final Arrangement ARRANGEMENT = new Arrangement(124, 16, 8, 8, 4, 21);
    private static List<FeatureFrame> frames;
    private static FeatureLayout layout;

    @BeforeAll
    static void analyse() {
        frames = frames(ARRANGEMENT, Extractors.sections());
        layout = layout(Extractors.sections());
    }

    @Test
    void aSteadyGrooveHasNoDropNorBreakdown() {
        for (double bpm : new double[] {120, 130}) {
            Arrangement groove = Arrangement.steady(bpm, 40, 22);
            List<Prediction> predictions = run(new SectionTracker("sections", SectionSettings.DEFAULTS),
                    frames(groove, Extractors.sections()), layout);
            assertEquals(List.of(), predictions, "predictions on " + bpm + " BPM groove");
        }
    }

    @Test
    void aBreakdownWithoutBuildupEndsInADropButNothingIsAnnounced() {
        Arrangement noBuildup = new Arrangement(126, 16, 16, 0, 8, 23);
        List<Prediction> predictions = run(new SectionTracker("sections", SectionSettings.DEFAULTS),
                frames(noBuildup, Extractors.sections()), layout);
        double beat = noBuildup.beatSeconds();
        assertEquals(List.of(PredictionKind.BREAKDOWN, PredictionKind.DROP),
                predictions.stream().map(Prediction::kind).toList(), predictions.toString());
        assertEquals(noBuildup.breakdownSeconds(), predictions.get(0).targetSeconds(), beat);
        assertEquals(noBuildup.dropSeconds(), predictions.get(1).targetSeconds(), beat);
    }

    @Test
    void predictionsAreMadeAsTheMusicArrives() {
        List<Prediction> predictions = run(new SectionTracker("sections", SectionSettings.DEFAULTS), frames, layout);
        double beat = ARRANGEMENT.beatSeconds();
        Prediction breakdown = only(predictions, PredictionKind.BREAKDOWN);
        Prediction drop = only(predictions, PredictionKind.DROP);
        assertEquals(ARRANGEMENT.breakdownSeconds(), breakdown.targetSeconds(), beat);
        assertTrue(breakdown.madeAtSeconds() - ARRANGEMENT.breakdownSeconds() < 1, breakdown.toString());
        assertEquals(ARRANGEMENT.dropSeconds(), drop.targetSeconds(), beat);
        assertTrue(drop.madeAtSeconds() > ARRANGEMENT.dropSeconds(), "a drop is reported once heard: " + drop);
        assertTrue(drop.madeAtSeconds() - ARRANGEMENT.dropSeconds() < 1, drop.toString());
        List<Prediction> buildups = predictions.stream().filter(p -> p.kind() == PredictionKind.BUILDUP).toList();
        assertTrue(buildups.size() >= 4, "a build-up prediction a bar: " + buildups);
        for (Prediction p : buildups) {
            assertTrue(p.madeAtSeconds() > ARRANGEMENT.buildupSeconds(), "not before the build-up: " + p);
            assertTrue(p.madeAtSeconds() < p.targetSeconds(), "ahead of time: " + p);
            assertEquals(ARRANGEMENT.dropSeconds(), p.targetSeconds(), beat, p.toString());
            assertEquals((p.targetSeconds() - p.madeAtSeconds()) / ARRANGEMENT.barSeconds(), p.value(), 0.01,
                    "value: bars left");
            assertEquals("sections", p.predictorId());
        }
        for (int i = 1; i < buildups.size(); i++) {
            assertTrue(buildups.get(i).confidence() >= buildups.get(i - 1).confidence(),
                    "more confident as the build-up goes on: " + buildups);
        }
    }

    @Test
    void resetForgetsTheStream() {
        SectionTracker fresh = new SectionTracker("sections", SectionSettings.DEFAULTS);
        List<Prediction> expected = run(fresh, frames, layout);

        SectionTracker used = new SectionTracker("sections", SectionSettings.DEFAULTS);
        // stop in the middle of the build-up: a breakdown is known and a drop expected
        int middle = (int) (frames.size() * (ARRANGEMENT.buildupSeconds() + 2 * ARRANGEMENT.barSeconds())
                / ARRANGEMENT.lengthSeconds());
        List<Prediction> before = run(used, frames.subList(0, middle), layout);
        assertTrue(before.stream().anyMatch(p -> p.kind() == PredictionKind.BUILDUP), before.toString());
        used.reset();
        assertEquals(expected, run(used, frames, layout));
    }

    @Test
    void streamTimeGoingBackStartsOver() {
        SectionTracker tracker = new SectionTracker("sections", SectionSettings.DEFAULTS);
        List<Prediction> first = run(tracker, frames, layout);
        assertEquals(first, run(tracker, frames, layout));
    }

    @Test
    void noExtractorKnownMeansNoPredictionAndNoError() {
        assertEquals(List.of(), run(new SectionTracker("sections", SectionSettings.DEFAULTS), frames,
                FeatureLayout.EMPTY));
    }

    @Test
    void withLoudnessAloneBreakdownsAreStillFoundButNothingIsAnnounced() {
        FeatureLayout loudnessOnly = layout(List.of(new LoudnessExtractor()));
        List<Prediction> predictions = run(new SectionTracker("sections", SectionSettings.DEFAULTS), frames,
                loudnessOnly);
        Prediction breakdown = only(predictions, PredictionKind.BREAKDOWN);
        assertEquals(ARRANGEMENT.breakdownSeconds(), breakdown.targetSeconds(), 0.5);
        assertTrue(predictions.stream().noneMatch(p -> p.kind() == PredictionKind.BUILDUP),
                "no tempo, no bars to count: " + predictions);
    }

    @Test
    void framesThatLackAnExtractorTheLayoutKnowsAreReadAsMissing() {
        List<FeatureExtractor> two = List.of(new LoudnessExtractor(), new SpectralCentroidExtractor());
        List<Prediction> predictions = run(new SectionTracker("sections", SectionSettings.DEFAULTS),
                frames(ARRANGEMENT, two), layout);
        assertEquals(ARRANGEMENT.breakdownSeconds(), only(predictions, PredictionKind.BREAKDOWN).targetSeconds(),
                0.5);
    }

    static List<FeatureFrame> frames(Arrangement arrangement, List<FeatureExtractor> extractors) {
        return PipelineFrames.of(extractors, arrangement.render(), Arrangement.SAMPLE_RATE_HZ);
    }

    static FeatureLayout layout(List<FeatureExtractor> extractors) {
        List<ExtractorDescriptor> descriptors = extractors.stream().map(FeatureExtractor::descriptor).toList();
        return FeatureLayout.of(descriptors);
    }

    static List<Prediction> run(SectionTracker tracker, List<FeatureFrame> frames, FeatureLayout layout) {
        List<Prediction> predictions = new ArrayList<>();
        for (FeatureFrame frame : frames) {
            tracker.observe(frame, layout, predictions::add);
        }
        return predictions;
    }

    private static Prediction only(List<Prediction> predictions, PredictionKind kind) {
        List<Prediction> of = predictions.stream().filter(p -> p.kind() == kind).toList();
        assertEquals(1, of.size(), kind + " predictions: " + predictions);
        return of.get(0);
    }
}
