package io.segue.library.internal.importer;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureSummary;
import io.segue.api.feature.FileAnalysis;
import io.segue.api.feature.MusicalKey;
import io.segue.api.feature.OutputDescriptor;
import io.segue.api.library.TrackTags;
import io.segue.library.internal.catalogue.Measurements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads a file analysis into the library's measurements, from the whole-file outputs of the built-in extractors:
 * tempo ({@code tempo.file-bpm}, {@code tempo.file-confidence} at the last frame), key ({@code key.file-key} as a
 * {@link MusicalKey} index, {@code key.file-strength}), integrated loudness ({@code loudness.integrated}), energy
 * (the mean of {@code energy.energy}) and danceability ({@code energy.danceability} at the last frame). Whichever
 * extractor registered under those ids produced them; a value it did not produce is NaN (no key: {@code null}).
 */
final class AnalysisReading {

    static final String TEMPO = "tempo";
    static final String BEAT = "beat";
    static final String KEY = "key";
    static final String LOUDNESS = "loudness";
    static final String ENERGY = "energy";

    private AnalysisReading() {
    }

    /**
     * @param descriptors the extractors of the analysis by id (for names and versions)
     * @param tags        the file's tags: their BPM and key stand in when analysis found none
     */
    static Measurements read(FileAnalysis analysis, Map<String, ExtractorDescriptor> descriptors,
            BeatCollector beats, TrackTags tags) {
        List<FeatureSummary> s = analysis.summaries();
        double bpm = last(analysis, TEMPO, "file-bpm");
        double bpmConfidence = last(analysis, TEMPO, "file-confidence");
        double firstBeat = beats.firstBeatSeconds(bpm);
        if (Double.isNaN(bpm) && Double.isFinite(tags.bpm())) {
            bpm = tags.bpm();
            bpmConfidence = Double.NaN;
        }
        MusicalKey key = MusicalKey.ofFeatureValue(last(analysis, KEY, "file-key"));
        double keyStrength = key == null ? Double.NaN : last(analysis, KEY, "file-strength");
        if (key == null && tags.key() != null) {
            key = tags.key();
        }
        return new Measurements(analyzer(s, descriptors), bpm, bpmConfidence, key, keyStrength,
                last(analysis, LOUDNESS, "integrated"), mean(analysis, ENERGY, "energy"), last(analysis, ENERGY, "danceability"),
                firstBeat, summary(s, descriptors));
    }

    /** The extractors that contributed, by id and version: {@code "energy 1, key 1, tempo 1"}. */
    private static String analyzer(List<FeatureSummary> summaries, Map<String, ExtractorDescriptor> descriptors) {
        return summaries.stream().map(FeatureSummary::extractorId).distinct().sorted()
                .map(id -> descriptors.containsKey(id) ? id + " " + descriptors.get(id).version() : id)
                .collect(Collectors.joining(", "));
    }

    /**
     * The mean of every output value that had one, by {@code extractor.output}, with {@code [i]} for the values of a
     * multi-valued output (e.g. {@code mfcc.coefficients[3]}).
     */
    private static Map<String, Double> summary(List<FeatureSummary> summaries,
            Map<String, ExtractorDescriptor> descriptors) {
        Map<String, Double> means = new TreeMap<>();
        for (FeatureSummary summary : summaries) {
            if (summary.count() > 0 && Double.isFinite(summary.mean())) {
                String name = summary.extractorId() + "." + summary.outputId();
                if (size(descriptors.get(summary.extractorId()), summary.outputId()) > 1) {
                    name += "[" + summary.index() + "]";
                }
                means.put(name, summary.mean());
            }
        }
        return new LinkedHashMap<>(means);
    }

    private static int size(ExtractorDescriptor descriptor, String outputId) {
        if (descriptor != null) {
            for (OutputDescriptor output : descriptor.outputs()) {
                if (output.id().equals(outputId)) {
                    return output.size();
                }
            }
        }
        return 1;
    }

    private static double last(FileAnalysis analysis, String extractorId, String outputId) {
        return analysis.summary(extractorId, outputId).map(FeatureSummary::last).orElse(Double.NaN);
    }

    private static double mean(FileAnalysis analysis, String extractorId, String outputId) {
        return analysis.summary(extractorId, outputId).filter(summary -> summary.count() > 0)
                .map(FeatureSummary::mean).orElse(Double.NaN);
    }
}
