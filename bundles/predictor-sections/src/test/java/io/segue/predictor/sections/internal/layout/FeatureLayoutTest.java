package io.segue.predictor.sections.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.tempo.TempoConfig;
import io.segue.extractors.internal.tempo.TempoExtractor;
import io.segue.predictor.sections.internal.layout.FeatureLayout.Input;
import io.segue.testing.Configs;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureLayoutTest {

    @Test
    void offsetsComeFromTheDescriptors() {
        FeatureLayout layout = FeatureLayout.of(List.of(new TempoExtractor(Configs.defaults(TempoConfig.class))
                .descriptor()));
        FeatureFrame frame = frame(Map.of("tempo", new float[] {126, 0.8f, -0.02f, 125, 0.7f}));
        assertEquals(126, layout.read(frame, Input.BPM));
        assertEquals(0.8f, layout.read(frame, Input.TEMPO_CONFIDENCE));
        assertEquals(-0.02f, layout.read(frame, Input.BEAT));
    }

    @Test
    void anExtractorThatReordersItsOutputsIsStillReadRight() {
        ExtractorDescriptor reordered = new ExtractorDescriptor("loudness", "Loudness", "2", "reordered",
                List.of(output("integrated"), output("range"), output("momentary")), Set.of(InputDomain.WAVEFORM),
                0);
        FeatureLayout layout = FeatureLayout.of(List.of(reordered));
        assertEquals(-9, layout.read(frame(Map.of("loudness", new float[] {-14, 5, -9})), Input.MOMENTARY_LOUDNESS));
    }

    @Test
    void whatIsNotThereReadsAsMissing() {
        FeatureLayout layout = FeatureLayout.of(List.of(new TempoExtractor(Configs.defaults(TempoConfig.class))
                .descriptor()));
        assertTrue(layout.has(Input.BPM));
        assertFalse(layout.has(Input.CENTROID));
        assertTrue(Double.isNaN(layout.read(frame(Map.of()), Input.BPM)), "frame without the extractor");
        assertTrue(Double.isNaN(layout.read(frame(Map.of("tempo", new float[] {126})), Input.BEAT)), "too short");
        assertTrue(Double.isNaN(layout.read(frame(Map.of("spectral-centroid", new float[] {900})), Input.CENTROID)),
                "unknown extractor");
        assertTrue(Double.isNaN(FeatureLayout.EMPTY.read(frame(Map.of("tempo", new float[5])), Input.BPM)));
    }

    private static OutputDescriptor output(String id) {
        return new OutputDescriptor(id, id, "LUFS", 1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, id);
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
