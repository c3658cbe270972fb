package io.segue.library.internal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.segue.api.feature.MusicalKey;
import io.segue.api.library.AnalysedTrack;
import io.segue.api.library.ImportProgress;
import io.segue.api.library.ImportReport;
import io.segue.api.library.ImportReport.ImportFailure;
import io.segue.api.library.Track;
import io.segue.api.library.TrackAnalysis;
import io.segue.library.internal.services.SqliteMusicLibrary;
import io.segue.library.internal.store.LibraryDatabase;
import io.segue.library.testing.Music;
import io.segue.library.testing.TestLibraries;
import io.segue.library.testing.WavFile;
import io.segue.testing.RecordingLogger;
import io.segue.testing.audio.DrumPattern.Style;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports folders of WAV files generated with a known tempo and key through the real pipeline and the built-in
 * extractors, with bad files among them.
 */
class FolderImportTest {

    private static final int RATE = 22050;

    @TempDir
    Path dir;

    private Path music;
    private LibraryDatabase database;
    private SqliteMusicLibrary library;
    private final RecordingLogger log = new RecordingLogger();
    private final List<ImportProgress> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openLibrary() throws IOException {
        music = Files.createDirectories(dir.resolve("music"));
        database = new LibraryDatabase(dir.resolve("library.db"));
        library = TestLibraries.library(database, log);
    }

    @AfterEach
    void closeLibrary() {
        library.close();
        database.close();
    }

    @Test
    void importsTagsTempoKeyAndTheBeatGridOfEveryGoodFileAndReportsTheBadOnes() throws IOException {
        house(music.resolve("house.wav"));
        WavFile.write(music.resolve("sub/hiphop.wav"), Music.render(Style.BOOM_BAP, 92, MusicalKey.C_MAJOR, 2, RATE,
                2), RATE, 1, null, null, null);
        WavFile.write(music.resolve("sub/deeper/dnb.wav"), Music.render(Style.DRUM_AND_BASS, 174, MusicalKey.E_MINOR,
                2, RATE, 3), RATE, 2, "Rollers", "Dee", null);
        Path truncated = house(music.resolve("truncated.wav"));
        try (FileChannel channel = FileChannel.open(truncated, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        Files.writeString(music.resolve("fake.mp3"), "This is a text file with an .mp3 name.\n");
        Files.writeString(music.resolve("notes.txt"), "not audio: not even looked at\n");

        ImportReport report = library.importFolder(music, false, progress::add);

        int good = 3;
        assertEquals(good, report.imported(), () -> "report: " + report);
        assertEquals(0, report.skipped());
        Map<String, String> failures = failures(report);
        assertEquals(2, failures.size(), () -> "failures: " + failures);
        assertTrue(failures.get("truncated.wav").contains("truncated"), failures::toString);
        assertTrue(failures.get("fake.mp3").contains("not an MP3 file"), failures::toString);
        assertEquals(good, library.size());
        assertEquals(3 * 32.0, report.audioSeconds(), 0.1);

        int total = good + failures.size();
        assertEquals(total, progress.size(), "one progress report per file");
        for (int i = 0; i < progress.size(); i++) {
            assertEquals(i + 1, progress.get(i).filesDone());
            assertEquals(total, progress.get(i).filesTotal());
        }
        assertEquals(0, progress.get(total - 1).etaMillis());

        Map<String, AnalysedTrack> byName = byFileName(library.catalogue());
        Track house = byName.get("house.wav").track();
        assertEquals("Night Drive", house.title());
        assertEquals("Ann Example", house.artist());
        assertEquals("Test Tones", house.album());
        assertEquals("wav", house.format());
        assertEquals(RATE, house.sampleRateHz());
        assertEquals(2, house.channels());
        assertEquals(32.0, house.durationSeconds(), 0.01);
        assertEquals("hiphop", byName.get("hiphop.wav").track().title(), "no tags: the file name");
        assertEquals("", byName.get("hiphop.wav").track().artist());

        assertMusic(byName.get("house.wav").analysis(), 128, MusicalKey.A_MINOR);
        assertMusic(byName.get("hiphop.wav").analysis(), 92, MusicalKey.C_MAJOR);
        assertMusic(byName.get("dnb.wav").analysis(), 174, MusicalKey.E_MINOR);
        TrackAnalysis analysis = library.analysis(house.id()).orElseThrow();
        assertEquals("8A", analysis.camelot());
        assertTrue(analysis.loudnessLufs() < 0 && analysis.loudnessLufs() > -40, "LUFS " + analysis.loudnessLufs());
        assertTrue(analysis.energy() > 0 && analysis.energy() <= 1, "energy " + analysis.energy());
        assertTrue(analysis.danceability() >= 0 && analysis.danceability() <= 1, "dance " + analysis.danceability());
        assertTrue(analysis.analyzer().contains("tempo ") && analysis.analyzer().contains("key "),
                analysis.analyzer());
        assertTrue(analysis.summary().get("spectral-centroid.centroid") > 100, analysis.summary()::toString);
        assertTrue(analysis.summary().containsKey("mfcc.mfcc[3]"), analysis.summary()::toString);
        // the drums start on a beat at 0 s: the grid's first beat is within a few frames of it
        double period = 60 / analysis.bpm();
        double phase = Math.min(analysis.firstBeatSeconds(), period - analysis.firstBeatSeconds());
        assertTrue(analysis.firstBeatSeconds() >= 0 && phase < 0.05,
                "first beat " + analysis.firstBeatSeconds() + " s, period " + period);
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersImport() throws IOException {
        Path locked = house(music.resolve("locked.wav"));
        house(music.resolve("open.wav"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as root, which reads a file of mode 000");
        ImportReport report = library.importFolder(music, false, null);
        assertEquals(1, report.imported());
        assertTrue(failures(report).get("locked.wav").startsWith("AccessDenied"), report::toString);
    }

    @Test
    void aFileThatCannotBeOpenedIsReportedAndTheOthersImportEvenAsRoot() throws IOException {
        // root reads a file of mode 000; nobody opens a link whose file is gone
        Files.createSymbolicLink(music.resolve("gone.wav"), music.resolve("deleted.wav"));
        house(music.resolve("open.wav"));
        ImportReport report = library.importFolder(music, false, null);
        assertEquals(1, report.imported());
        assertTrue(failures(report).containsKey("gone.wav"), report::toString);
    }

    @Test
    void aSecondImportSkipsUnchangedFilesAndReanalysesChangedOnes() throws IOException {
        Path a = house(music.resolve("a.wav"));
        house(music.resolve("b.wav"));
        assertEquals(2, library.importFolder(music, false, null).imported());
        long revision = library.revision();

        ImportReport again = library.importFolder(music, false, progress::add);
        assertEquals(0, again.imported());
        assertEquals(2, again.skipped());
        assertEquals(0, again.audioSeconds());
        assertEquals(revision, library.revision(), "nothing written");
        assertEquals(2, progress.size());

        // same size and modification time, other content: the hash tells
        FileTime mtime = Files.getLastModifiedTime(a);
        WavFile.write(a, Music.render(Style.FOUR_ON_THE_FLOOR, 128, MusicalKey.A_MINOR, 2, RATE, 99), RATE, 2,
                "Night Drive", "Ann Example", "Test Tones");
        Files.setLastModifiedTime(a, mtime);
        ImportReport changed = library.importFolder(music, false, null);
        assertEquals(1, changed.imported());
        assertEquals(1, changed.skipped());
        assertTrue(library.revision() > revision);
    }

    @Test
    void userCorrectionsSurviveAReanalysis() throws IOException {
        Path a = house(music.resolve("a.wav"));
        Path b = house(music.resolve("b.wav"));
        library.importFolder(music, false, null);
        Map<String, AnalysedTrack> byName = byFileName(library.catalogue());
        String idA = byName.get("a.wav").track().id();
        String idB = byName.get("b.wav").track().id();
        library.setBpm(idA, 64);
        library.setKey(idA, MusicalKey.F_SHARP_MAJOR);
        library.lockBpm(idB, true);
        double measuredB = byName.get("b.wav").analysis().bpm();

        // both files change: a different rendering at another tempo, so a re-analysis would find new values
        for (Path file : List.of(a, b)) {
            WavFile.write(file, Music.render(Style.FOUR_ON_THE_FLOOR, 140, MusicalKey.D_MINOR, 2, RATE, 5), RATE, 1,
                    "Changed", "Ann Example", null);
        }
        assertEquals(2, library.importFolder(music, false, null).imported());

        TrackAnalysis corrected = library.analysis(idA).orElseThrow();
        assertEquals(64, corrected.bpm());
        assertTrue(corrected.bpmEdited());
        assertEquals(MusicalKey.F_SHARP_MAJOR, corrected.key());
        assertEquals("2B", corrected.camelot());
        assertTrue(corrected.keyEdited());
        assertEquals("Changed", library.track(idA).orElseThrow().title(), "the tags were read again");

        TrackAnalysis locked = library.analysis(idB).orElseThrow();
        assertTrue(locked.bpmLocked());
        assertEquals(measuredB, locked.bpm(), 1e-9, "a locked tempo is kept");
        assertEquals(MusicalKey.D_MINOR, locked.key(), "the key was not edited: the new analysis wins");
    }

    @Test
    void aFileThatTurnsBadKeepsWhatTheLibraryHadOfIt() throws IOException {
        Path a = house(music.resolve("a.wav"));
        library.importFolder(music, false, null);
        Track before = library.tracks(10).get(0);
        TrackAnalysis analysisBefore = library.analysis(before.id()).orElseThrow();

        Files.writeString(a, "overwritten by accident");
        ImportReport report = library.importFolder(music, false, null);
        assertEquals(0, report.imported());
        assertEquals(1, report.failures().size());
        assertTrue(report.failures().get(0).reason().contains("not a WAV file"), report::toString);
        assertEquals(List.of(before), library.tracks(10));
        assertEquals(analysisBefore, library.analysis(before.id()).orElseThrow());
    }

    @Test
    void linksOutOfTheFolderAreNotFollowedUnlessAsked() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        house(outside.resolve("outside.wav"));
        house(music.resolve("inside.wav"));
        Files.createSymbolicLink(music.resolve("linked.wav"), outside.resolve("outside.wav"));
        Files.createSymbolicLink(music.resolve("linked-folder"), outside);
        // a link inside the folder to a file inside: the file is imported once
        Files.createSymbolicLink(music.resolve("again.wav"), music.resolve("inside.wav"));

        ImportReport report = library.importFolder(music, false, null);
        assertEquals(1, report.imported(), report::toString);
        Map<String, String> failures = failures(report);
        assertEquals(2, failures.size(), failures::toString);
        assertTrue(failures.get("linked.wav").startsWith("not followed: a link to " + outside.toRealPath()),
                failures::toString);
        assertTrue(failures.get("linked-folder").startsWith("not followed"), failures::toString);
        assertFalse(library.tracks(10).stream().anyMatch(t -> t.path().contains("outside")));

        ImportReport followed = library.importFolder(music, true, null);
        assertEquals(1, followed.imported(), "the outside file, once though reached by two links: " + followed);
        assertEquals(1, followed.skipped());
        assertEquals(List.of(), followed.failures());
        assertEquals(2, library.size());
    }

    @Test
    void aRootThatIsNotAFolderIsRefused() throws IOException {
        IOException missing = assertThrows(IOException.class,
                () -> library.importFolder(dir.resolve("nope"), false, null));
        assertEquals(dir.resolve("nope") + ": no such folder", missing.getMessage());
        Path file = house(dir.resolve("single.wav"));
        IOException notFolder = assertThrows(IOException.class, () -> library.importFolder(file, false, null));
        assertEquals(file + ": not a folder", notFolder.getMessage());
        assertEquals(0, library.size());
    }

    private static void assertMusic(TrackAnalysis analysis, double bpm, MusicalKey key) {
        assertTrue(Math.abs(analysis.bpm() - bpm) / bpm < 0.02, "BPM " + analysis.bpm() + " for " + bpm);
        assertTrue(analysis.bpmConfidence() > 0, "confidence " + analysis.bpmConfidence());
        assertEquals(key, analysis.key(), "key");
        assertTrue(analysis.keyStrength() > 0, "key strength " + analysis.keyStrength());
        assertFalse(analysis.bpmEdited() || analysis.keyEdited() || analysis.bpmLocked());
    }

    private Path house(Path file) throws IOException {
        return WavFile.write(file, Music.render(Style.FOUR_ON_THE_FLOOR, 128, MusicalKey.A_MINOR, 2, RATE, 1), RATE, 2,
                "Night Drive", "Ann Example", "Test Tones");
    }

    private static Map<String, String> failures(ImportReport report) {
        return report.failures().stream().collect(Collectors.toMap(f -> Path.of(f.path()).getFileName().toString(),
                ImportFailure::reason));
    }

    private static Map<String, AnalysedTrack> byFileName(List<AnalysedTrack> catalogue) {
        return catalogue.stream().collect(Collectors.toMap(t -> Path.of(t.track().path()).getFileName().toString(),
                Function.identity()));
    }

}
