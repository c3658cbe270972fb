package io.segue.api.library;

import io.segue.api.feature.MusicalKey;

/**
 * The tags of an audio file that the library uses. Absent text is empty; an absent BPM is {@code NaN}; an absent or
 * unreadable key is {@code null}.
 *
 * @param title  the title tag
 * @param artist the artist tag
 * @param album  the album tag
 * @param bpm    the BPM tag (TBPM, BPM)
 * @param key    the initial-key tag (TKEY, INITIALKEY), in any common notation (Am, A minor, 8A, 1m)
 */
public record TrackTags(String title, String artist, String album, double bpm, MusicalKey key) {

    /** No tags. */
    public static final TrackTags NONE = new TrackTags("", "", "", Double.NaN, null);
}
