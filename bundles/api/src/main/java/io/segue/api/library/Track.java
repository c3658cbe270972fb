package io.segue.api.library;

import java.util.Objects;

/**
 * An audio file in the music library.
 *
 * @param id              stable identifier within the library
 * @param path            the file's path as imported
 * @param title           from the tags, else the file name
 * @param artist          from the tags, empty when unknown
 * @param album           from the tags, empty when unknown
 * @param durationSeconds audio length
 * @param sampleRateHz    the file's sample rate
 * @param channels        the file's channel count
 */
public record Track(String id, String path, String title, String artist, String album, double durationSeconds,
        int sampleRateHz, int channels) {

    public Track {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
    }
}
