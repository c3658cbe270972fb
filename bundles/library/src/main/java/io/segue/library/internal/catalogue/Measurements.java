package io.segue.library.internal.catalogue;

import io.segue.api.feature.MusicalKey;
import java.util.Map;
import java.util.Objects;

/**
 * What one analysis of a file found, before the user's corrections are applied. Unknown numbers are NaN, no key is
 * {@code null}. The fields are those of {@link io.segue.api.library.TrackAnalysis}.
 */
public record Measurements(String analyzer, double bpm, double bpmConfidence, MusicalKey key, double keyStrength,
        double loudnessLufs, double energy, double danceability, double firstBeatSeconds,
        Map<String, Double> summary) {

    public Measurements {
        Objects.requireNonNull(analyzer, "analyzer");
        summary = Map.copyOf(summary);
    }
}
