package io.segue.predictor.harmony.internal.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tracker on hand-made frames: the conventions of its predictions and inputs the pipeline never makes. */
class HarmonyTrackerTest {

    private static final double HOP_SECONDS = 512 / 22050.0;

    /** A C major triad's chroma: C, E, G at 1, the rest at 0.05. */
    private static float[] cMajorChroma() {
        float[] chroma = new float[13];
        Arrays.fill(chroma, 0.05f);
        chroma[0] = 1;
        chroma[4] = 1;
        chroma[7] = 1;
        chroma[12] = 0;
        return chroma;
    }

    private static List<Prediction> feed(HarmonyTracker tracker, double seconds, Map<String, float[]> values) {
        List<Prediction> out = new ArrayList<>();
        for (int i = 0; i * HOP_SECONDS < seconds; i++) {
            tracker.observe(new TestFrame(i, i * HOP_SECONDS, values), out::add);
        }
        return out;
    }

    @Test
    void observationsAreDatedToTheirBeatAndForecastsAhead() {
        HarmonyTracker tracker = new HarmonyTracker("harmony", HarmonySettings.DEFAULTS);
        List<Prediction> out = feed(tracker, 6, Map.of("chroma", cMajorChroma()));
        List<Prediction> observed = out.stream()
                .filter(p -> p.kind() == PredictionKind.CHORD && p.targetSeconds() <= p.madeAtSeconds()).toList();
        List<Prediction> forecasts = out.stream()
                .filter(p -> p.kind() == PredictionKind.CHORD && p.targetSeconds() > p.madeAtSeconds()).toList();
        // no tempo: the 120 BPM grid from the first sound at 0, each beat closed half a beat after its end
        assertEquals(11, observed.size(), observed.toString());
        for (int b = 0; b < observed.size(); b++) {
            Prediction p = observed.get(b);
            assertEquals("C", p.label());
            assertEquals(0, p.value());
            assertEquals(0.5 * b, p.targetSeconds(), 1e-9);
            assertEquals(0.5 * b + 0.75, p.madeAtSeconds(), HOP_SECONDS);
            assertTrue(p.confidence() > 0.9, "a clean triad: " + p.confidence());
        }
        assertFalse(forecasts.isEmpty());
        assertTrue(forecasts.stream().allMatch(p -> p.confidence() >= HarmonyTracker.MIN_FORECAST
                && p.confidence() <= 1 && p.predictorId().equals("harmony")));
        Prediction key = out.stream().filter(p -> p.kind() == PredictionKind.KEY_CHANGE).findFirst().orElseThrow();
        assertEquals("C major", key.label());
        assertEquals(0, key.value());
    }

    @Test
    void theBeatEventsOfTheTempoExtractorCloseTheBeats() {
        HarmonyTracker tracker = new HarmonyTracker("harmony", HarmonySettings.DEFAULTS);
        List<Prediction> out = new ArrayList<>();
        double beatSeconds = 60 / 100.0;
        int nextBeat = 1;
        for (int i = 0; i * HOP_SECONDS < 6; i++) {
            double start = i * HOP_SECONDS;
            float[] tempo = {100, 0.9f, Float.NaN, Float.NaN, 0};
            // each beat is reported 0.15 s after it fell, as the beat tracker does
            if (start >= nextBeat * beatSeconds + 0.15) {
                tempo[2] = (float) (nextBeat * beatSeconds - start);
                nextBeat++;
            }
            tracker.observe(new TestFrame(i, start, Map.of("chroma", cMajorChroma(), "tempo", tempo)), out::add);
        }
        List<Double> targets = out.stream()
                .filter(p -> p.kind() == PredictionKind.CHORD && p.targetSeconds() <= p.madeAtSeconds())
                .map(Prediction::targetSeconds).toList();
        assertTrue(targets.size() >= 8, targets.toString());
        for (int b = 0; b < targets.size(); b++) {
            assertEquals(b * beatSeconds, targets.get(b), 1e-4, "beat " + b + " of " + targets);
        }
    }

    @Test
    void brokenOrShortValuesAreIgnored() {
        HarmonyTracker tracker = new HarmonyTracker("harmony", HarmonySettings.DEFAULTS);
        float[] nan = new float[13];
        Arrays.fill(nan, Float.NaN);
        assertEquals(List.of(), feed(tracker, 3, Map.of("chroma", nan, "tempo", new float[] {120}, "key",
                new float[] {99, 1})));
        assertEquals(List.of(), feed(tracker, 3, Map.of("chroma", new float[5])));
        assertEquals(List.of(), feed(tracker, 3, Map.of()));
        float[] badKey = {Float.NaN, Float.NaN, Float.NaN, Float.NaN};
        assertFalse(feed(tracker, 3, Map.of("chroma", cMajorChroma(), "key", badKey)).isEmpty(),
                "a key extractor without a key does not stop the chords");
    }

    @Test
    void theBeatClockStopsInSilenceAndStartsAgainAtTheNextSound() {
        HarmonyTracker tracker = new HarmonyTracker("harmony", HarmonySettings.DEFAULTS);
        List<Prediction> out = new ArrayList<>();
        for (int i = 0; i * HOP_SECONDS < 9; i++) {
            double start = i * HOP_SECONDS;
            boolean sound = start < 3 || start >= 6.1;
            tracker.observe(new TestFrame(i, start, Map.of("chroma", sound ? cMajorChroma() : new float[13])),
                    out::add);
        }
        List<Double> targets = out.stream()
                .filter(p -> p.kind() == PredictionKind.CHORD && p.targetSeconds() <= p.madeAtSeconds())
                .map(Prediction::targetSeconds).toList();
        assertTrue(targets.stream().noneMatch(t -> t >= 3.0 && t < 6.1), "no chord in the silence: " + targets);
        double restart = targets.stream().filter(t -> t >= 6.1).findFirst().orElseThrow();
        assertEquals(6.1, restart, HOP_SECONDS, "the clock starts at the next sound");
    }
}
