package io.segue.api.library;

/**
 * What analysis found of a track. Numbers that are unknown are {@code NaN}; names that are unknown are empty.
 *
 * @param trackId        the track
 * @param bpm            tempo in beats per minute
 * @param bpmConfidence  0..1
 * @param bpmLocked      whether the user fixed the tempo (analysis must not overwrite it)
 * @param key            the key's name, e.g. {@code "A minor"}, empty when there is none (silence, noise)
 * @param camelot        the key on the Camelot wheel, e.g. {@code "8A"}
 * @param keyStrength    0..1
 * @param loudnessLufs   integrated loudness (EBU R128)
 * @param energy         0..1
 * @param danceability   0..1
 */
public record TrackAnalysis(String trackId, double bpm, double bpmConfidence, boolean bpmLocked, String key,
        String camelot, double keyStrength, double loudnessLufs, double energy, double danceability) {
}
