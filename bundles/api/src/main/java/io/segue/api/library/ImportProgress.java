package io.segue.api.library;

/**
 * How far an import has come, reported after each file.
 *
 * @param filesDone          files finished: imported, skipped as unchanged, or failed
 * @param filesTotal         audio files found under the root
 * @param audioSeconds       seconds of audio analysed so far
 * @param elapsedMillis      since the import began
 * @param lastFile           the file just finished
 */
public record ImportProgress(int filesDone, int filesTotal, double audioSeconds, long elapsedMillis,
        String lastFile) {

    /** Hours of audio analysed per second of wall time. */
    public double audioHoursPerSecond() {
        return elapsedMillis == 0 ? 0 : audioSeconds / 3600 / (elapsedMillis / 1000.0);
    }

    /** The estimated time left, in milliseconds, from the files' rate so far; -1 before the first file. */
    public long etaMillis() {
        return filesDone == 0 ? -1 : elapsedMillis * (filesTotal - filesDone) / filesDone;
    }
}
