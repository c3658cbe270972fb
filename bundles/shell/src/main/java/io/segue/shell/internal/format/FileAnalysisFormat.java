package io.segue.shell.internal.format;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FileAnalysis;

/** The report of {@code segue:analyze}. */
public final class FileAnalysisFormat {

    private FileAnalysisFormat() {
    }

    /**
     * File, format, framing, duration, frames, elapsed time and speed; tempo, key, loudness, energy, onsets and
     * beats; then the table of feature statistics.
     */
    public static String report(FileAnalysis analysis, MusicalSummary music) {
        AnalysisFormat framing = analysis.format();
        String elapsed = analysis.elapsedMillis() == 0
                ? "under 1 ms"
                : analysis.elapsedMillis() + " ms (" + Decimals.fixed(analysis.realTimeFactor(), 1)
                        + "x real time)";
        KeyValueFormat header = new KeyValueFormat()
                .add("file", analysis.file())
                .add("format", analysis.sourceFormat())
                .add("window/hop", framing.windowSize() + "/" + framing.hopSize() + " samples at "
                        + framing.sampleRateHz() + " Hz, mono")
                .add("duration", Decimals.fixed(analysis.durationSeconds(), 3) + " s")
                .add("frames", analysis.frames())
                .add("elapsed", elapsed);
        if (analysis.frames() > 0) {
            music.addTo(header);
        }
        StringBuilder report = new StringBuilder(header.toString());
        for (String problem : analysis.problems()) {
            report.append("\nproblem     ").append(problem);
        }
        report.append("\n\n");
        if (analysis.frames() == 0) {
            return report.append("no frames: the file is shorter than one analysis window (")
                    .append(framing.windowSize()).append(" samples at ").append(framing.sampleRateHz())
                    .append(" Hz)").toString();
        }
        return report.append(FeatureFormat.summaries(analysis.summaries())).toString();
    }
}
