package io.segue.api.library;

import java.util.List;

/**
 * The outcome of an import.
 *
 * @param root          the folder imported
 * @param imported      files added or re-analysed
 * @param skipped       files unchanged since the last import (same size, modification time and content hash)
 * @param failures      files that could not be imported, with why; nothing stored before was lost for them
 * @param audioSeconds  seconds of audio analysed
 * @param elapsedMillis how long the import took
 */
public record ImportReport(String root, int imported, int skipped, List<ImportFailure> failures,
        double audioSeconds, long elapsedMillis) {

    public ImportReport {
        failures = List.copyOf(failures);
    }

    /** A file that could not be imported. */
    public record ImportFailure(String path, String reason) {
    }
}
