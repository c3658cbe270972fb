package io.segue.api.library;

import io.segue.api.feature.MusicalKey;
import java.util.Map;
import java.util.Objects;

/**
 * What analysis found of a track, with the user's corrections applied. Numbers that are unknown are {@code NaN}.
 *
 * @param trackId          the track
 * @param analyzer         what produced it: the extractor ids and versions, e.g. {@code "tempo 1.0.0, key 1.0.0"}
 * @param bpm              tempo in beats per minute (the user's when {@code bpmEdited})
 * @param bpmConfidence    0..1
 * @param bpmLocked        the user locked the tempo: a re-analysis keeps it, a recommender must not fold it to half
 *                         or double
 * @param bpmEdited        the user set the tempo by hand
 * @param key              the key, {@code null} when there is none (silence, noise, drums only)
 * @param keyStrength      0..1
 * @param keyEdited        the user set the key by hand
 * @param loudnessLufs     integrated loudness (EBU R128)
 * @param energy           0..1
 * @param danceability     0..1
 * @param firstBeatSeconds the beat grid: the first beat's time; beats follow every {@code 60 / bpm} seconds
 * @param summary          the mean of every scalar output over the file, by output key (e.g.
 *                         {@code spectral-centroid.centroid}), for similarity; may be empty
 */
public record TrackAnalysis(String trackId, String analyzer, double bpm, double bpmConfidence, boolean bpmLocked,
        boolean bpmEdited, MusicalKey key, double keyStrength, boolean keyEdited, double loudnessLufs, double energy,
        double danceability, double firstBeatSeconds, Map<String, Double> summary) {

    public TrackAnalysis {
        Objects.requireNonNull(trackId, "trackId");
        Objects.requireNonNull(analyzer, "analyzer");
        summary = Map.copyOf(summary);
    }

    /** The key on the Camelot wheel, e.g. {@code 8A}, or empty when there is no key. */
    public String camelot() {
        return key == null ? "" : key.camelot();
    }
}
