package io.segue.api.feature;

import io.segue.api.audio.AudioFormat;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link StreamingPipeline#analyze}.
 *
 * @param file            the file analysed, as given
 * @param sourceFormat    the file's own format
 * @param format          the framing used (at the file's sample rate)
 * @param durationSeconds audio length
 * @param frames          analysis frames computed
 * @param elapsedMillis   wall time the analysis took
 * @param summaries       one summary per output value of every extractor that ran (count 0 and NaN statistics for
 *                        a value that was never finite, e.g. a key in silence); empty when the file is shorter than
 *                        one window
 * @param problems        extractors that could not run or failed during the analysis, one line each
 */
public record FileAnalysis(String file, AudioFormat sourceFormat, AnalysisFormat format, double durationSeconds,
        long frames, long elapsedMillis, List<FeatureSummary> summaries, List<String> problems) {

    public FileAnalysis {
        summaries = List.copyOf(summaries);
        problems = List.copyOf(problems);
    }

    /** The statistics of an output (its first value, for an output of several), if the file has them. */
    public Optional<FeatureSummary> summary(String extractorId, String outputId) {
        return summaries.stream().filter(s -> s.extractorId().equals(extractorId) && s.outputId().equals(outputId))
                .findFirst();
    }

    /** How many times faster than real time the analysis ran. */
    public double realTimeFactor() {
        return elapsedMillis == 0 ? Double.POSITIVE_INFINITY : durationSeconds * 1000.0 / elapsedMillis;
    }
}
