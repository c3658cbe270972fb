package io.segue.shell.internal.format;

import io.segue.api.feature.FeatureSummary;
import io.segue.api.feature.FileAnalysis;
import io.segue.api.feature.MusicalKey;
import java.util.List;

/**
 * What a DJ wants to know of a file, read from the whole-file values of the built-in extractors: tempo, key,
 * loudness, energy, onsets and beats. A value whose extractor did not run is NaN (or {@code null}, -1); a value
 * the extractor found none of (silence, noise) is NaN too, and the report says "none".
 *
 * @param bpm             the file's tempo ({@code tempo.file-bpm} at the last frame)
 * @param bpmConfidence   its confidence 0..1
 * @param key             the file's key ({@code key.file-key} at the last frame), {@code null} when none
 * @param keyStrength     its strength 0..1
 * @param integratedLufs  integrated loudness ({@code loudness.integrated} at the last frame)
 * @param loudnessRangeLu loudness range
 * @param maxMomentaryLufs the loudest momentary loudness
 * @param energy          mean of {@code energy.energy} over the file
 * @param danceability    {@code energy.danceability} at the last frame
 * @param onsets          onset events, -1 without an onset extractor
 * @param beats           beat events, -1 without a tempo extractor
 * @param present         which of the extractors ran: tempo, key, loudness, energy
 */
public record MusicalSummary(double bpm, double bpmConfidence, MusicalKey key, double keyStrength,
        double integratedLufs, double loudnessRangeLu, double maxMomentaryLufs, double energy, double danceability,
        int onsets, int beats, List<String> present) {

    public static final String TEMPO = "tempo";
    public static final String KEY = "key";
    public static final String LOUDNESS = "loudness";
    public static final String ENERGY = "energy";
    public static final String ONSET = "onset";
    /** The event outputs whose times {@code analyze} lists: onsets and beats. */
    public static final String ONSET_EVENT = "onset";
    public static final String BEAT_EVENT = "beat";

    public MusicalSummary {
        present = List.copyOf(present);
    }

    /** Reads the summary of {@code analysis}; {@code onsets} and {@code beats} are the event counts seen. */
    public static MusicalSummary of(FileAnalysis analysis, int onsets, int beats) {
        List<FeatureSummary> s = analysis.summaries();
        MusicalKey key = MusicalKey.ofFeatureValue(last(analysis, KEY, "file-key"));
        return new MusicalSummary(last(analysis, TEMPO, "file-bpm"), last(analysis, TEMPO, "file-confidence"), key,
                key == null ? 0 : last(analysis, KEY, "file-strength"), last(analysis, LOUDNESS, "integrated"),
                last(analysis, LOUDNESS, "range"), max(analysis, LOUDNESS, "momentary"), mean(analysis, ENERGY, "energy"),
                last(analysis, ENERGY, "danceability"), onsets, beats,
                List.of(TEMPO, KEY, LOUDNESS, ENERGY).stream().filter(id -> has(s, id)).toList());
    }

    /** Adds the report's lines, one per quantity, e.g. {@code tempo  128.0 BPM (confidence 0.82)}. */
    public KeyValueFormat addTo(KeyValueFormat lines) {
        lines.add("tempo", !present.contains(TEMPO) ? absent(TEMPO) : Double.isNaN(bpm) ? "none"
                : Decimals.fixed(bpm, 1) + " BPM (confidence " + Decimals.fixed(bpmConfidence, 2) + ")");
        lines.add("key", !present.contains(KEY) ? absent(KEY) : key == null ? "none"
                : key.displayName() + "  " + key.camelot() + "  " + key.openKey() + " (strength "
                        + Decimals.fixed(keyStrength, 2) + ")");
        lines.add("loudness", !present.contains(LOUDNESS) ? absent(LOUDNESS) : Double.isNaN(integratedLufs)
                ? "none (nothing above the -70 LUFS gate, or shorter than 400 ms)"
                : Decimals.fixed(integratedLufs, 1) + " LUFS integrated, range " + orNone(loudnessRangeLu, 1, " LU")
                        + ", max momentary " + orNone(maxMomentaryLufs, 1, " LUFS"));
        lines.add("energy", !present.contains(ENERGY) ? absent(ENERGY) : Double.isNaN(energy)
                ? "none (shorter than 400 ms)"
                : Decimals.fixed(energy, 2) + " (danceability " + orNone(danceability, 2, "") + ")");
        lines.add("onsets", onsets < 0 ? absent(ONSET) : Integer.toString(onsets));
        lines.add("beats", beats < 0 ? absent(TEMPO) : Integer.toString(beats));
        return lines;
    }

    private static String orNone(double value, int decimals, String unit) {
        return Double.isNaN(value) ? "none" : Decimals.fixed(value, decimals) + unit;
    }

    private static String absent(String extractorId) {
        return "- (no '" + extractorId + "' extractor)";
    }

    private static boolean has(List<FeatureSummary> summaries, String extractorId) {
        return summaries.stream().anyMatch(s -> s.extractorId().equals(extractorId));
    }

    private static double last(FileAnalysis analysis, String extractorId, String outputId) {
        return analysis.summary(extractorId, outputId).map(FeatureSummary::last).orElse(Double.NaN);
    }

    private static double mean(FileAnalysis analysis, String extractorId, String outputId) {
        return analysis.summary(extractorId, outputId).map(FeatureSummary::mean).orElse(Double.NaN);
    }

    private static double max(FileAnalysis analysis, String extractorId, String outputId) {
        return analysis.summary(extractorId, outputId).map(FeatureSummary::max).orElse(Double.NaN);
    }
}
