package io.segue.shell.internal.format;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.ExtractorInfo;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.FeatureSummary;
import io.segue.api.feature.OutputDescriptor;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Feature frames and feature statistics, labelled by extractor and output id with units. */
public final class FeatureFormat {

    private FeatureFormat() {
    }

    /**
     * The descriptor in force for each extractor id: the active one where a lower-ranked duplicate is also
     * present.
     */
    public static Map<String, ExtractorDescriptor> descriptorsById(List<ExtractorInfo> extractors) {
        Map<String, ExtractorDescriptor> byId = new LinkedHashMap<>();
        for (ExtractorInfo info : extractors) {
            String id = info.descriptor().id();
            if (info.active() || !byId.containsKey(id)) {
                byId.put(id, info.descriptor());
            }
        }
        return byId;
    }

    /**
     * The label of an output: the extractor id alone when the output bears the same id (an {@code rms}
     * extractor's {@code rms} output), otherwise {@code extractor.output}.
     */
    public static String label(String extractorId, String outputId) {
        return extractorId.equals(outputId) ? extractorId : extractorId + "." + outputId;
    }

    /**
     * One row per frame: its index, its stream time in seconds, then {@link #values its values}.
     *
     * @param descriptors the extractors' self-descriptions by id, for output ids and units
     */
    public static String frames(List<FeatureFrame> frames, Map<String, ExtractorDescriptor> descriptors) {
        TableFormat table = new TableFormat("frame", "time (s)", "features").alignRight(0, 1);
        for (FeatureFrame frame : frames) {
            table.row(frame.index(), Decimals.fixed(frame.startSeconds(), 3), values(frame, descriptors));
        }
        return table.toString();
    }

    /**
     * Every extractor's values in a frame, e.g. {@code rms=0.354 zcr=0.0399 spectral-centroid.centroid=440.3 Hz};
     * an output of several values shows them in brackets ({@code chroma.chroma=[0.1 0.9 ...]}). An extractor
     * without a descriptor (it went away since the frame was computed) shows its raw values under its id.
     */
    public static String values(FeatureFrame frame, Map<String, ExtractorDescriptor> descriptors) {
        StringBuilder line = new StringBuilder();
        for (String extractorId : frame.extractorIds()) {
            float[] values = frame.values(extractorId);
            if (values == null) {
                continue;
            }
            ExtractorDescriptor descriptor = descriptors.get(extractorId);
            if (descriptor == null) {
                appendValue(line, extractorId, values, 0, values.length, "");
                continue;
            }
            int offset = 0;
            for (OutputDescriptor output : descriptor.outputs()) {
                int size = Math.min(output.size(), values.length - offset);
                if (size <= 0) {
                    break;
                }
                appendValue(line, label(extractorId, output.id()), values, offset, size, output.unit());
                offset += output.size();
            }
        }
        return line.toString();
    }

    private static void appendValue(StringBuilder line, String label, float[] values, int offset, int size,
            String unit) {
        if (line.length() > 0) {
            line.append(' ');
        }
        line.append(label).append('=');
        if (size == 1) {
            line.append(Decimals.significant(values[offset]));
        } else {
            line.append('[');
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    line.append(' ');
                }
                line.append(Decimals.significant(values[offset + i]));
            }
            line.append(']');
        }
        if (!unit.isEmpty()) {
            line.append(' ').append(unit);
        }
    }

    /**
     * One row per summarized value: {@code extractor.output[index]} (the index only for outputs of several
     * values), unit, mean, standard deviation, min and max; "none" for a value that was never finite.
     */
    public static String summaries(List<FeatureSummary> summaries) {
        if (summaries.isEmpty()) {
            return "no feature values";
        }
        Set<String> multiValued = new HashSet<>();
        for (FeatureSummary summary : summaries) {
            if (summary.index() > 0) {
                multiValued.add(label(summary.extractorId(), summary.outputId()));
            }
        }
        TableFormat table = new TableFormat("feature", "unit", "mean", "std", "min", "max").alignRight(2, 3, 4, 5);
        for (FeatureSummary summary : summaries) {
            String label = label(summary.extractorId(), summary.outputId());
            if (multiValued.contains(label)) {
                label += "[" + summary.index() + "]";
            }
            if (summary.count() == 0) {
                table.row(label, summary.unit(), "none", "-", "-", "-");
                continue;
            }
            table.row(label, summary.unit(), Decimals.significant(summary.mean()),
                    Decimals.significant(summary.stdDev()), Decimals.significant(summary.min()),
                    Decimals.significant(summary.max()));
        }
        return table.toString();
    }
}
