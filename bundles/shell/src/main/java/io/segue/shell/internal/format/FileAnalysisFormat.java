package io.segue.shell.internal.format;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FileAnalysis;

/** The report of {@code segue:analyze}. */
public final class FileAnalysisFormat {

    private FileAnalysisFormat() {
    }

    /** File, format, framing, duration, frames, elapsed time and speed, then the table of feature statistics. */
    public static String report(FileAnalysis analysis) {
        AnalysisFormat framing = analysis.format();
        String elapsed = analysis.elapsedMillis() == 0
                ? "under 1 ms"
                : analysis.elapsedMillis() + " ms (" + Decimals.fixed(analysis.realTimeFactor(), 1)
                        + "x real time)";
        String header = new KeyValueFormat()
                .add("file", analysis.file())
                .add("format", analysis.sourceFormat())
                .add("window/hop", framing.windowSize() + "/" + framing.hopSize() + " samples at "
                        + framing.sampleRateHz() + " Hz, mono")
                .add("duration", Decimals.fixed(analysis.durationSeconds(), 3) + " s")
                .add("frames", analysis.frames())
                .add("elapsed", elapsed)
                .toString();
        return header + "\n\n" + FeatureFormat.summaries(analysis.summaries());
    }
}
