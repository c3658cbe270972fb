package io.segue.shell.internal.commands;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.FeatureSummary;
import io.segue.api.feature.OutputDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mean, standard deviation, min and max of every extractor's values over the frames added, in constant memory.
 * Not thread-safe: one command fills it.
 */
final class FeatureStatistics {

    private final Map<String, ExtractorDescriptor> descriptors;
    private final Map<String, Running[]> byExtractor = new LinkedHashMap<>();
    private final Map<String, float[]> lastValues = new LinkedHashMap<>();
    private long frames;

    /** @param descriptors the extractors' self-descriptions by id, for output ids and units */
    FeatureStatistics(Map<String, ExtractorDescriptor> descriptors) {
        this.descriptors = Map.copyOf(descriptors);
    }

    /** Counts the frame and each of its finite values (NaN and infinities are left out of the statistics). */
    void add(FeatureFrame frame) {
        frames++;
        for (String extractorId : frame.extractorIds()) {
            float[] values = frame.values(extractorId);
            if (values == null) {
                continue;
            }
            float[] last = lastValues.get(extractorId);
            if (last == null || last.length != values.length) {
                last = new float[values.length];
                lastValues.put(extractorId, last);
            }
            System.arraycopy(values, 0, last, 0, values.length);
            Running[] running = byExtractor.get(extractorId);
            if (running == null || running.length < values.length) {
                running = running == null ? new Running[values.length] : Arrays.copyOf(running, values.length);
                byExtractor.put(extractorId, running);
            }
            for (int i = 0; i < values.length; i++) {
                if (Float.isFinite(values[i])) {
                    if (running[i] == null) {
                        running[i] = new Running();
                    }
                    running[i].add(values[i]);
                }
            }
        }
    }

    /** The frames added. */
    long frames() {
        return frames;
    }

    /**
     * One summary per value seen, extractors in the order first seen, outputs in descriptor order. An extractor
     * with no descriptor is summarized under its own id as output.
     */
    List<FeatureSummary> summaries() {
        List<FeatureSummary> summaries = new ArrayList<>();
        byExtractor.forEach((extractorId, running) -> {
            ExtractorDescriptor descriptor = descriptors.get(extractorId);
            float[] last = lastValues.get(extractorId);
            if (descriptor == null) {
                for (int i = 0; i < running.length; i++) {
                    addSummary(summaries, extractorId, extractorId, i, "", running[i], valueAt(last, i));
                }
                return;
            }
            int offset = 0;
            for (OutputDescriptor output : descriptor.outputs()) {
                for (int i = 0; i < output.size() && offset + i < running.length; i++) {
                    addSummary(summaries, extractorId, output.id(), i, output.unit(), running[offset + i],
                            valueAt(last, offset + i));
                }
                offset += output.size();
            }
        });
        return summaries;
    }

    private static void addSummary(List<FeatureSummary> summaries, String extractorId, String outputId, int index,
            String unit, Running running, double last) {
        if (running != null) {
            summaries.add(new FeatureSummary(extractorId, outputId, index, unit, running.count, running.mean,
                    Math.sqrt(running.squaredDeviations / running.count), running.min, running.max, last));
        }
    }

    /** The value at {@code index} of the extractor's latest frame, NaN when that frame had fewer values. */
    private static double valueAt(float[] last, int index) {
        return last != null && index < last.length ? last[index] : Double.NaN;
    }

    /** Welford's running mean and variance: stable over long runs, no stored values. */
    private static final class Running {
        long count;
        double mean;
        double squaredDeviations;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        void add(double value) {
            count++;
            double delta = value - mean;
            mean += delta / count;
            squaredDeviations += delta * (value - mean);
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
    }
}
