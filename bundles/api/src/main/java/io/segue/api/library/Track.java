package io.segue.api.library;

import java.util.Objects;

/**
 * An audio file in the music library.
 *
 * @param id              stable identifier within the library (a number, as text)
 * @param path            the file's absolute path as imported
 * @param title           from the tags, else the file name without its extension
 * @param artist          from the tags, empty when unknown
 * @param album           from the tags, empty when unknown
 * @param durationSeconds audio length
 * @param sampleRateHz    the file's sample rate
 * @param channels        the file's channel count
 * @param format          the file's format, by extension: {@code wav}, {@code aiff}, {@code flac}, {@code mp3},
 *                        {@code ogg}
 */
public record Track(String id, String path, String title, String artist, String album, double durationSeconds,
        int sampleRateHz, int channels, String format) {

    public Track {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(artist, "artist");
        Objects.requireNonNull(album, "album");
        Objects.requireNonNull(format, "format");
    }
}
