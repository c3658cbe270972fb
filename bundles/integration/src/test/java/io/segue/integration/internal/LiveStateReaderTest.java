package io.segue.integration.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.ExtractorInfo;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.MusicalKey;
import io.segue.api.feature.OutputDescriptor;
import io.segue.api.mix.LiveState;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveStateReaderTest {

    private static final List<ExtractorInfo> EXTRACTORS = List.of(
            info("tempo", "confidence", "bpm"), info("key", "key", "strength"), info("energy", "energy"));

    @Test
    void theNewestTempoAndKeyAndTheMeanEnergy() {
        LiveState state = LiveStateReader.read(List.of(
                frame(Map.of("tempo", new float[] {0.9f, 126}, "key", new float[] {21, 0.7f}, "energy",
                        new float[] {0.4f})),
                frame(Map.of("tempo", new float[] {0.9f, Float.NaN}, "key", new float[] {Float.NaN, 0}, "energy",
                        new float[] {0.6f})),
                frame(Map.of("tempo", new float[] {0.8f, 128}, "energy", new float[] {0.8f}))), EXTRACTORS);
        assertEquals(128, state.bpm(), "the output after the confidence: found by its descriptor");
        assertEquals(MusicalKey.A_MINOR, state.key(), "a frame without a key keeps the last one");
        assertEquals(0.6, state.energy(), 1e-6);
    }

    @Test
    void withoutFramesOrExtractorsNothingIsKnown() {
        LiveState none = LiveStateReader.read(List.of(), EXTRACTORS);
        assertTrue(Double.isNaN(none.bpm()) && Double.isNaN(none.energy()));
        assertNull(none.key());
        LiveState noExtractors = LiveStateReader.read(List.of(frame(Map.of("tempo", new float[] {1, 120}))),
                List.of());
        assertTrue(Double.isNaN(noExtractors.bpm()));
    }

    @Test
    void aKeyValueThatIsNoKeyIndexIsNoKey() {
        LiveState state = LiveStateReader.read(List.of(frame(Map.of("key", new float[] {3.5f, 1}))), EXTRACTORS);
        assertNull(state.key());
    }

    private static ExtractorInfo info(String id, String... outputs) {
        List<OutputDescriptor> described = Arrays.stream(outputs)
                .map(o -> new OutputDescriptor(o, o, "", 1, -1000, 1000, o)).toList();
        return new ExtractorInfo(new ExtractorDescriptor(id, id, "1.0.0", id, described, Set.of(InputDomain.WAVEFORM),
                0), "test", 0, true);
    }

    private static FeatureFrame frame(Map<String, float[]> values) {
        return new FeatureFrame() {
            @Override
            public long index() {
                return 0;
            }

            @Override
            public double startSeconds() {
                return 0;
            }

            @Override
            public long captureNanos() {
                return 0;
            }

            @Override
            public List<String> extractorIds() {
                return List.copyOf(values.keySet());
            }

            @Override
            public float[] values(String extractorId) {
                return values.get(extractorId);
            }

            @Override
            public FeatureFrame copy() {
                return this;
            }
        };
    }
}
