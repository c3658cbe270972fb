package io.segue.shell.internal.fakes;

import io.segue.api.feature.FeatureFrame;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A hand-built feature frame; extractors keep the order they are given in. */
public record TestFrame(long index, double startSeconds, long captureNanos, Map<String, float[]> valuesById)
        implements FeatureFrame {

    /**
     * @param idsAndValues alternating extractor ids and {@code float[]} values, e.g. {@code "rms", new float[] {0.5f}}
     */
    public static TestFrame of(long index, double startSeconds, long captureNanos, Object... idsAndValues) {
        Map<String, float[]> values = new LinkedHashMap<>();
        for (int i = 0; i < idsAndValues.length; i += 2) {
            values.put((String) idsAndValues[i], (float[]) idsAndValues[i + 1]);
        }
        return new TestFrame(index, startSeconds, captureNanos, values);
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
