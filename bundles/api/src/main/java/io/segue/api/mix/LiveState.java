package io.segue.api.mix;

import io.segue.api.feature.MusicalKey;

/**
 * What the live stream sounds like now, for recommending when no library track is known to be playing.
 *
 * @param bpm    the tempo, {@code NaN} when there is none
 * @param key    the key, {@code null} when there is none
 * @param energy 0..1, {@code NaN} when unknown
 */
public record LiveState(double bpm, MusicalKey key, double energy) {
}
