package io.segue.shell.internal.format;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.OutputDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The columns of per-frame feature values for other tools: one per value, labelled
 * {@code extractor.output} and, for an output of several values, {@code extractor.output[i]}. Laid out from the
 * first frame's extractors; later frames of a file analysis carry the same.
 */
public final class FrameColumns {

    /** One output of one extractor: where its values start and how many there are. */
    private record Output(String extractorId, String label, int offset, int size) {
    }

    private final List<Output> outputs = new ArrayList<>();

    public FrameColumns(FeatureFrame first, Map<String, ExtractorDescriptor> descriptors) {
        for (String extractorId : first.extractorIds()) {
            ExtractorDescriptor descriptor = descriptors.get(extractorId);
            float[] values = first.values(extractorId);
            if (descriptor == null) {
                outputs.add(new Output(extractorId, extractorId, 0, values == null ? 0 : values.length));
                continue;
            }
            int offset = 0;
            for (OutputDescriptor output : descriptor.outputs()) {
                outputs.add(new Output(extractorId, FeatureFormat.label(extractorId, output.id()), offset,
                        output.size()));
                offset += output.size();
            }
        }
    }

    /** {@code frame,time,rms,...,mfcc[0],...}: the CSV header line, without line end. */
    public String csvHeader() {
        StringBuilder line = new StringBuilder("frame,time");
        for (Output output : outputs) {
            for (int i = 0; i < output.size(); i++) {
                line.append(',').append(Csv.text(output.size() > 1 ? output.label() + "[" + i + "]" : output.label()));
            }
        }
        return line.toString();
    }

    /** The frame as a CSV line, without line end; a missing value (NaN) is an empty field. */
    public void appendCsv(FeatureFrame frame, StringBuilder line) {
        line.append(frame.index()).append(',').append(Csv.number(frame.startSeconds()));
        for (Output output : outputs) {
            float[] values = frame.values(output.extractorId());
            for (int i = 0; i < output.size(); i++) {
                line.append(',').append(Csv.number(valueAt(values, output.offset() + i)));
            }
        }
    }

    /**
     * The frame as a JSON object: {@code {"frame":0,"time":0,"rms":0.35,"mfcc":[...],...}}; missing values and
     * infinities are {@code null}.
     */
    public void appendJson(FeatureFrame frame, StringBuilder json) {
        json.append("{\"frame\":").append(frame.index()).append(",\"time\":")
                .append(Json.number(frame.startSeconds()));
        for (Output output : outputs) {
            float[] values = frame.values(output.extractorId());
            json.append(',').append(Json.string(output.label())).append(':');
            if (output.size() == 1) {
                json.append(Json.number(valueAt(values, output.offset())));
                continue;
            }
            json.append('[');
            for (int i = 0; i < output.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                json.append(Json.number(valueAt(values, output.offset() + i)));
            }
            json.append(']');
        }
        json.append('}');
    }

    private static float valueAt(float[] values, int index) {
        return values != null && index < values.length ? values[index] : Float.NaN;
    }
}
