package io.segue.stream.internal.pipeline;

import io.segue.api.feature.FeatureFrame;
import java.util.List;

/** A reusable slot of the features queue; also the view handed to feature listeners. Written by one thread. */
final class FeatureFrameSlot implements FeatureFrame {

    private long index;
    private double startSeconds;
    private long captureNanos;
    private List<String> ids = List.of();
    private float[][] values = new float[0][];

    /** Copies the set's current values; allocates only when the set of extractors changed since last time. */
    void fill(FrameAnalyzer frame, ExtractorSet set) {
        index = frame.index();
        startSeconds = frame.startSeconds();
        captureNanos = frame.captureNanos();
        if (ids != set.ids) {
            float[][] fresh = new float[set.size()][];
            for (int i = 0; i < fresh.length; i++) {
                fresh[i] = new float[set.values[i].length];
            }
            values = fresh;
            ids = set.ids;
        }
        for (int i = 0; i < values.length; i++) {
            System.arraycopy(set.values[i], 0, values[i], 0, values[i].length);
        }
    }

    @Override
    public long index() {
        return index;
    }

    @Override
    public double startSeconds() {
        return startSeconds;
    }

    @Override
    public long captureNanos() {
        return captureNanos;
    }

    @Override
    public List<String> extractorIds() {
        return ids;
    }

    @Override
    public float[] values(String extractorId) {
        List<String> current = ids;
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).equals(extractorId)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public FeatureFrame copy() {
        List<String> currentIds = ids;
        float[][] currentValues = values;
        float[][] copied = new float[currentValues.length][];
        for (int i = 0; i < copied.length; i++) {
            copied[i] = currentValues[i].clone();
        }
        return new FeatureFrameCopy(index, startSeconds, captureNanos, currentIds, copied);
    }
}
