package io.segue.shell.internal.format;

import io.segue.api.feature.FeatureSummary;
import io.segue.api.feature.FileAnalysis;
import java.util.List;

/**
 * The JSON document of {@code segue:analyze --json}, written as the analysis runs: {@link #BEGIN}, the frames'
 * objects ({@link FrameColumns#appendJson}) separated by {@link #FRAME_SEPARATOR}, then {@link #end} with the
 * whole-file summary, known only once the last frame is in. Object keys have no order in JSON: "frames" comes first
 * so that an hour of frames never has to be held in memory.
 */
public final class AnalysisJson {

    public static final String BEGIN = "{\n\"frames\":[\n";
    public static final String FRAME_SEPARATOR = ",\n";

    private AnalysisJson() {
    }

    /** Closes the frames array and the document with the file, its summary and the event times. */
    public static String end(FileAnalysis analysis, MusicalSummary music, List<Double> onsetTimes,
            List<Double> beatTimes) {
        StringBuilder json = new StringBuilder(4096);
        json.append("\n],\n\"file\":").append(Json.string(analysis.file()))
                .append(",\n\"sampleRateHz\":").append(analysis.sourceFormat().sampleRateHz())
                .append(",\n\"channels\":").append(analysis.sourceFormat().channels())
                .append(",\n\"durationSeconds\":").append(Json.number(analysis.durationSeconds()))
                .append(",\n\"analysis\":{\"sampleRateHz\":").append(analysis.format().sampleRateHz())
                .append(",\"windowSize\":").append(analysis.format().windowSize())
                .append(",\"hopSize\":").append(analysis.format().hopSize())
                .append(",\"frames\":").append(analysis.frames())
                .append(",\"elapsedMillis\":").append(analysis.elapsedMillis()).append('}');
        json.append(",\n\"tempo\":");
        if (Double.isNaN(music.bpm())) {
            json.append("null");
        } else {
            json.append("{\"bpm\":").append(Json.number(music.bpm())).append(",\"confidence\":")
                    .append(Json.number(music.bpmConfidence())).append('}');
        }
        json.append(",\n\"key\":");
        if (music.key() == null) {
            json.append("null");
        } else {
            json.append("{\"name\":").append(Json.string(music.key().displayName()))
                    .append(",\"camelot\":").append(Json.string(music.key().camelot()))
                    .append(",\"openKey\":").append(Json.string(music.key().openKey()))
                    .append(",\"strength\":").append(Json.number(music.keyStrength())).append('}');
        }
        json.append(",\n\"loudness\":{\"integratedLufs\":").append(Json.number(music.integratedLufs()))
                .append(",\"rangeLu\":").append(Json.number(music.loudnessRangeLu()))
                .append(",\"maxMomentaryLufs\":").append(Json.number(music.maxMomentaryLufs())).append('}')
                .append(",\n\"energy\":").append(Json.number(music.energy()))
                .append(",\n\"danceability\":").append(Json.number(music.danceability()))
                .append(",\n\"onsets\":").append(Json.numbers(onsetTimes))
                .append(",\n\"beats\":").append(Json.numbers(beatTimes))
                .append(",\n\"problems\":[");
        for (int i = 0; i < analysis.problems().size(); i++) {
            json.append(i > 0 ? "," : "").append(Json.string(analysis.problems().get(i)));
        }
        json.append("],\n\"summaries\":[");
        List<FeatureSummary> summaries = analysis.summaries();
        for (int i = 0; i < summaries.size(); i++) {
            FeatureSummary s = summaries.get(i);
            json.append(i > 0 ? ",\n" : "\n").append("{\"extractor\":").append(Json.string(s.extractorId()))
                    .append(",\"output\":").append(Json.string(s.outputId()))
                    .append(",\"index\":").append(s.index())
                    .append(",\"unit\":").append(Json.string(s.unit()))
                    .append(",\"count\":").append(s.count())
                    .append(",\"mean\":").append(Json.number(s.mean()))
                    .append(",\"std\":").append(Json.number(s.stdDev()))
                    .append(",\"min\":").append(Json.number(s.min()))
                    .append(",\"max\":").append(Json.number(s.max()))
                    .append(",\"last\":").append(Json.number(s.last())).append('}');
        }
        return json.append("\n]\n}\n").toString();
    }
}
