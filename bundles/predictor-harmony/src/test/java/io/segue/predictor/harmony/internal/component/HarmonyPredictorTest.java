package io.segue.predictor.harmony.internal.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.predictor.harmony.internal.tracking.TestFrame;
import io.segue.testing.Configs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HarmonyPredictorTest {

    @Test
    void describesItself() {
        HarmonyPredictor predictor = new HarmonyPredictor(Configs.defaults(HarmonyConfig.class));
        assertEquals("harmony", predictor.id());
        assertEquals(Set.of(PredictionKind.CHORD, PredictionKind.KEY_CHANGE), predictor.kinds());
    }

    @Test
    void aValueOutOfRangeIsRefusedWithItsKeyAndRange() {
        refused("beatsPerBar", 1, "2..12");
        refused("fallbackBpm", 300.0, "40..240");
        refused("fallbackBpm", Double.NaN, "40..240");
        refused("forecastCandidates", 0, "1..5");
        refused("minChordScore", 1.5, "0..1");
        refused("adaptationWeight", -1.0, "0..100");
    }

    private static void refused(String key, Object value, String range) {
        HarmonyConfig config = Configs.of(HarmonyConfig.class, Map.of(key, value));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HarmonyPredictor(config));
        assertTrue(e.getMessage().contains(HarmonyConfig.PID) && e.getMessage().contains(key)
                && e.getMessage().contains(range) && e.getMessage().contains(String.valueOf(value)), e.getMessage());
    }

    @Test
    void observesFramesAndResets() {
        HarmonyPredictor predictor = new HarmonyPredictor(
                Configs.of(HarmonyConfig.class, Map.of("forecastCandidates", 1, "fallbackBpm", 60.0)));
        float[] aMinor = new float[13];
        aMinor[9] = 1;
        aMinor[0] = 0.8f;
        aMinor[4] = 0.8f;
        List<Prediction> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            predictor.observe(new TestFrame(i, i * 512 / 22050.0, Map.of("chroma", aMinor)), out::add);
        }
        List<Prediction> observed = out.stream()
                .filter(p -> p.kind() == PredictionKind.CHORD && p.targetSeconds() <= p.madeAtSeconds()).toList();
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), observed.stream().map(Prediction::targetSeconds).toList(),
                "a beat a second on the 60 BPM grid");
        assertTrue(observed.stream().allMatch(p -> p.label().equals("Am") && p.value() == 21));
        long forecastsPerBeat = out.stream()
                .filter(p -> p.kind() == PredictionKind.CHORD && p.targetSeconds() > p.madeAtSeconds()
                        && p.madeAtSeconds() == observed.get(0).madeAtSeconds()).count();
        assertEquals(2, forecastsPerBeat, "one candidate each for the next beat and the bar ahead");
        predictor.reset();
        List<Prediction> afterReset = new ArrayList<>();
        predictor.observe(new TestFrame(0, 100.0, Map.of("chroma", aMinor)), afterReset::add);
        assertEquals(List.of(), afterReset);
    }
}
