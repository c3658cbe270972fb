package io.segue.shell.internal.commands;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.FeatureListener;
import io.segue.shell.internal.format.FrameColumns;
import io.segue.shell.internal.format.MusicalSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Watches the frames of one file analysis: collects the onset and beat times (event outputs hold their time
 * relative to the frame's start) and, when asked, writes every frame as a CSV line or a JSON object.
 */
final class AnalysisRecorder implements FeatureListener {

    private final Map<String, ExtractorDescriptor> descriptors;
    private final Writer csv;
    private final StringBuilder json;
    private final List<Double> onsetTimes = new ArrayList<>();
    private final List<Double> beatTimes = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private FrameColumns columns;
    private boolean sawOnsets;
    private boolean sawBeats;

    /**
     * @param csv  receives the CSV header and one line per frame, or {@code null}
     * @param json receives the frames as comma-separated JSON objects, or {@code null}
     */
    AnalysisRecorder(Map<String, ExtractorDescriptor> descriptors, Writer csv, StringBuilder json) {
        this.descriptors = Map.copyOf(descriptors);
        this.csv = csv;
        this.json = json;
    }

    /** @throws UncheckedIOException when the CSV cannot be written; the analysis stops */
    @Override
    public void onFeatures(FeatureFrame frame) {
        sawOnsets |= collect(frame, MusicalSummary.ONSET, MusicalSummary.ONSET_EVENT, onsetTimes);
        sawBeats |= collect(frame, MusicalSummary.TEMPO, MusicalSummary.BEAT_EVENT, beatTimes);
        if (csv == null && json == null) {
            return;
        }
        if (columns == null) {
            columns = new FrameColumns(frame, descriptors);
            writeCsv(columns.csvHeader());
        }
        if (csv != null) {
            line.setLength(0);
            columns.appendCsv(frame, line);
            writeCsv(line);
        }
        if (json != null) {
            if (json.length() > 0) {
                json.append(",\n");
            }
            columns.appendJson(frame, json);
        }
    }

    /** Onset times in seconds from the file's start; empty without an onset extractor. */
    List<Double> onsetTimes() {
        return onsetTimes;
    }

    List<Double> beatTimes() {
        return beatTimes;
    }

    /** Onsets found, or -1 when no frame carried an onset extractor. */
    int onsetCount() {
        return sawOnsets ? onsetTimes.size() : -1;
    }

    /** Beats found, or -1 when no frame carried a tempo extractor. */
    int beatCount() {
        return sawBeats ? beatTimes.size() : -1;
    }

    private boolean collect(FeatureFrame frame, String extractorId, String eventOutput, List<Double> times) {
        float[] values = frame.values(extractorId);
        ExtractorDescriptor descriptor = descriptors.get(extractorId);
        if (values == null || descriptor == null) {
            return false;
        }
        int offset = descriptor.offsetOf(eventOutput);
        if (offset < 0 || offset >= values.length) {
            return false;
        }
        if (!Float.isNaN(values[offset])) {
            times.add(frame.startSeconds() + values[offset]);
        }
        return true;
    }

    private void writeCsv(CharSequence text) {
        if (csv == null) {
            return;
        }
        try {
            csv.append(text).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
