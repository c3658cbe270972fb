package io.segue.stream.internal.pipeline;

import io.segue.api.feature.FeatureFrame;
import java.util.Arrays;
import java.util.List;

/** An immutable feature frame, owned by whoever received it. */
record FeatureFrameCopy(long index, double startSeconds, long captureNanos, List<String> extractorIds,
        float[][] allValues) implements FeatureFrame {

    @Override
    public float[] values(String extractorId) {
        int i = extractorIds.indexOf(extractorId);
        return i < 0 ? null : allValues[i];
    }

    @Override
    public FeatureFrame copy() {
        return this;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("FeatureFrame[index=" + index + ", startSeconds=" + startSeconds);
        for (int i = 0; i < extractorIds.size(); i++) {
            text.append(", ").append(extractorIds.get(i)).append('=').append(Arrays.toString(allValues[i]));
        }
        return text.append(']').toString();
    }
}
