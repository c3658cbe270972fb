package io.segue.shell.internal.commands;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.FeatureListener;
import io.segue.shell.internal.format.AnalysisJson;
import io.segue.shell.internal.format.FrameColumns;
import io.segue.shell.internal.format.MusicalSummary;
import java.io.IOException;
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
    private final Writer json;
    private final List<Double> onsetTimes = new ArrayList<>();
    private final List<Double> beatTimes = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private FrameColumns columns;
    private boolean sawOnsets;
    private boolean sawBeats;

    /**
     * @param csv  receives the CSV header and one line per frame, or {@code null}
     * @param json receives the frames as JSON objects separated by {@link AnalysisJson#FRAME_SEPARATOR}, or
     *             {@code null}
     */
    AnalysisRecorder(Map<String, ExtractorDescriptor> descriptors, Writer csv, Writer json) {
        this.descriptors = Map.copyOf(descriptors);
        this.csv = csv;
        this.json = json;
    }

    /** @throws OutputFailure when a file cannot be written; the analysis stops */
    @Override
    public void onFeatures(FeatureFrame frame) {
        sawOnsets |= collect(frame, MusicalSummary.ONSET, MusicalSummary.ONSET_EVENT, onsetTimes);
        sawBeats |= collect(frame, MusicalSummary.TEMPO, MusicalSummary.BEAT_EVENT, beatTimes);
        if (csv == null && json == null) {
            return;
        }
        boolean first = columns == null;
        if (first) {
            columns = new FrameColumns(frame, descriptors);
            if (csv != null) {
                write(csv, columns.csvHeader() + "\n");
            }
        }
        if (csv != null) {
            line.setLength(0);
            columns.appendCsv(frame, line);
            write(csv, line.append('\n'));
        }
        if (json != null) {
            line.setLength(0);
            if (!first) {
                line.append(AnalysisJson.FRAME_SEPARATOR);
            }
            columns.appendJson(frame, line);
            write(json, line);
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

    private static void write(Writer out, CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new OutputFailure(out, e);
        }
    }

    /** A file of the analysis could not be written: carries the writer, to say which file. */
    static final class OutputFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final transient Writer writer;

        OutputFailure(Writer writer, IOException cause) {
            super(cause);
            this.writer = writer;
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
