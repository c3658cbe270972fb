package io.segue.predictor.harmony.internal.tracking;

import io.segue.api.feature.FeatureFrame;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A frame built by hand: for inputs the pipeline would never make (NaN, short arrays). */
public record TestFrame(long index, double startSeconds, Map<String, float[]> byExtractor) implements FeatureFrame {

    public TestFrame {
        byExtractor = new TreeMap<>(byExtractor);
    }

    @Override
    public long captureNanos() {
        return 0;
    }

    @Override
    public List<String> extractorIds() {
        return List.copyOf(byExtractor.keySet());
    }

    @Override
    public float[] values(String extractorId) {
        return byExtractor.get(extractorId);
    }

    @Override
    public FeatureFrame copy() {
        return this;
    }
}
