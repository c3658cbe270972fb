package io.segue.library.internal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.feature.MusicalKey;
import io.segue.api.library.ImportReport;
import io.segue.library.internal.services.SqliteMusicLibrary;
import io.segue.library.internal.store.LibraryDatabase;
import io.segue.library.testing.Music;
import io.segue.library.testing.TestLibraries;
import io.segue.library.testing.WavFile;
import io.segue.testing.RecordingLogger;
import io.segue.testing.audio.DrumPattern.Style;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's throughput figure, printed (not asserted: the machine decides it): CD-quality WAV files (44.1 kHz
 * stereo, 32 s each, after a warm-up import of as many) through the real pipeline with the test's extractors
 * (tempo, key, loudness, energy, centroid, MFCC), one import thread per core. Run alone:
 * {@code ./mvnw -o -B -pl test-support,bundles/api,bundles/library verify -Dtest=ImportThroughputTest
 * -Dsurefire.failIfNoSpecifiedTests=false}, then look for {@code import throughput} in the output.
 */
class ImportThroughputTest {

    private static final int RATE = 44100;
    private static final int FILES = 8;

    @TempDir
    Path dir;

    @Test
    void printsImportThroughputPerCore() throws IOException {
        Path warmUp = dir.resolve("warm-up");
        Path music = dir.resolve("music");
        float[] audio = Music.render(Style.FOUR_ON_THE_FLOOR, 124, MusicalKey.G_MINOR, 2, RATE, 1);
        for (int i = 0; i < FILES; i++) {
            WavFile.write(music.resolve("track-" + i + ".wav"), audio, RATE, 2, "Track " + i, "Bench", null);
            WavFile.write(warmUp.resolve("track-" + i + ".wav"), audio, RATE, 2, "Track " + i, "Bench", null);
        }
        try (LibraryDatabase database = new LibraryDatabase(dir.resolve("library.db"))) {
            SqliteMusicLibrary library = TestLibraries.library(database, new RecordingLogger());
            try {
                // the first import compiles the hot paths; the second is measured
                library.importFolder(warmUp, false, null);
                ImportReport report = library.importFolder(music, false, null);
                assertEquals(FILES, report.imported(), report::toString);
                int threads = database.importThreads();
                double realTime = report.audioSeconds() / (report.elapsedMillis() / 1000.0);
                System.out.println(String.format(Locale.ROOT, "import throughput: %d WAV files, %.0f s of 44.1 kHz "
                        + "stereo audio in %d ms on %d threads: %.0f x real time, %.0f x real time per core",
                        FILES, report.audioSeconds(), report.elapsedMillis(), threads, realTime, realTime / threads));
            } finally {
                library.close();
            }
        }
    }
}
