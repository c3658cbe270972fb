package io.segue.library.internal.catalogue;

import io.segue.api.library.TrackTags;
import java.util.Objects;

/**
 * A file as an import read it: where it is, its stamp, its tags and format, and what analysis found.
 *
 * @param path  absolute
 * @param title the title tag, else the file name without its extension
 */
public record ImportedFile(String path, FileStamp stamp, TrackTags tags, String title, String format,
        double durationSeconds, int sampleRateHz, int channels, Measurements measurements) {

    public ImportedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(measurements, "measurements");
    }
}
