package io.segue.library.internal.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.MusicalKey;
import io.segue.api.library.AnalysedTrack;
import io.segue.api.library.Track;
import io.segue.api.library.TrackAnalysis;
import io.segue.api.library.TrackTags;
import io.segue.library.internal.catalogue.FileStamp;
import io.segue.library.internal.catalogue.ImportedFile;
import io.segue.library.internal.catalogue.Measurements;
import io.segue.library.internal.catalogue.TrackRecords;
import io.segue.library.internal.store.LibraryDatabase;
import io.segue.library.testing.TestLibraries;
import io.segue.testing.RecordingLogger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's reads, search and corrections on tracks stored as an import stores them. */
class SqliteMusicLibraryTest {

    @TempDir
    Path dir;

    private LibraryDatabase database;
    private SqliteMusicLibrary library;

    @BeforeEach
    void open() throws IOException {
        database = new LibraryDatabase(dir.resolve("library.db"));
        library = TestLibraries.library(database, new RecordingLogger());
    }

    @AfterEach
    void close() {
        library.close();
        database.close();
    }

    @Test
    void storedTracksAreListedByArtistThenTitleAndFoundById() throws IOException {
        String zed = save("/m/zed.wav", "Zed", "beta", 120, MusicalKey.A_MINOR);
        String alpha = save("/m/alpha.wav", "Alpha", "Beta", 128, null);
        String first = save("/m/first.wav", "First", "alpha", Double.NaN, MusicalKey.C_MAJOR);

        assertEquals(3, library.size());
        assertEquals(List.of(first, alpha, zed), library.tracks(10).stream().map(Track::id).toList());
        assertEquals(List.of(first), library.tracks(1).stream().map(Track::id).toList());
        Track track = library.track(alpha).orElseThrow();
        assertEquals(new Track(alpha, "/m/alpha.wav", "Alpha", "Beta", "Album of Beta", 200.5, 44100, 2, "wav"),
                track);
        assertTrue(library.track("999").isEmpty());
        assertTrue(library.track("not a number").isEmpty());
        assertTrue(library.analysis("-3").isEmpty());

        TrackAnalysis analysis = library.analysis(zed).orElseThrow();
        assertEquals(120, analysis.bpm());
        assertEquals(MusicalKey.A_MINOR, analysis.key());
        assertEquals(Map.of("spectral-centroid.centroid", 1500.0), analysis.summary());
        TrackAnalysis none = library.analysis(first).orElseThrow();
        assertTrue(Double.isNaN(none.bpm()), "unknown stays NaN, not 0");
        assertTrue(Double.isNaN(library.analysis(alpha).orElseThrow().keyStrength()));
        assertNull(library.analysis(alpha).orElseThrow().key());
        assertEquals("", library.analysis(alpha).orElseThrow().camelot());

        List<AnalysedTrack> catalogue = library.catalogue();
        assertEquals(3, catalogue.size());
        TrackAnalysis listed = catalogue.get(2).analysis();
        assertEquals(Map.of(), listed.summary(), "the catalogue leaves the summaries out");
        assertEquals(analysis.bpm(), listed.bpm());
        assertEquals(analysis.key(), listed.key());
        assertEquals(analysis.firstBeatSeconds(), listed.firstBeatSeconds());
        assertEquals(dir.resolve("library.db").toAbsolutePath(), library.databaseFile());
    }

    @Test
    void searchFindsTitleArtistOrAlbumIgnoringCaseAndAccents() throws IOException {
        String halo = save("/m/halo.wav", "Halo", "Beyoncé", 80, null);
        String hoppipolla = save("/m/h.wav", "Hoppípolla", "Sigur Rós", 90, null);
        save("/m/other.wav", "Other", "Someone", 100, null);

        assertEquals(List.of(halo), ids(library.search("BEYONCE", 10)));
        assertEquals(List.of(hoppipolla), ids(library.search("ros", 10)));
        assertEquals(List.of(hoppipolla), ids(library.search("hoppipolla", 10)));
        assertEquals(List.of(halo), ids(library.search("album of bey", 10)), "album");
        assertEquals(3, library.search("", 10).size());
        assertEquals(List.of(), library.search("50% off_", 10), "LIKE wildcards mean nothing here");
        assertEquals(1, library.search("o", 1).size());
    }

    @Test
    void correctionsAreStoredFlaggedAndCheckedAndBumpTheRevision() throws IOException {
        String id = save("/m/a.wav", "A", "Ann", 126, MusicalKey.A_MINOR);
        long revision = library.revision();

        TrackAnalysis bpm = library.setBpm(id, 127.5);
        assertEquals(127.5, bpm.bpm());
        assertTrue(bpm.bpmEdited());
        assertEquals(1.0, bpm.bpmConfidence());
        assertTrue(library.revision() > revision);

        TrackAnalysis key = library.setKey(id, MusicalKey.E_MINOR);
        assertEquals(MusicalKey.E_MINOR, key.key());
        assertEquals("9A", key.camelot());
        assertTrue(key.keyEdited());
        assertEquals(127.5, key.bpm(), "the tempo correction stays");

        assertTrue(library.lockBpm(id, true).bpmLocked());
        assertFalse(library.lockBpm(id, false).bpmLocked());
        assertTrue(library.catalogue().get(0).analysis().bpmEdited());

        long before = library.revision();
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> library.setBpm(id, 401));
        assertEquals("BPM must be in 20..400, was 401.0", range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> library.setBpm(id, Double.NaN));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> library.setKey("12345", MusicalKey.C_MAJOR));
        assertEquals("no track with id '12345'", missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> library.lockBpm("x", true));
        assertEquals(before, library.revision(), "refused corrections change nothing");
    }

    @Test
    void aTrackWithoutAnAnalysisRowCanStillBeCorrected() throws IOException {
        String id = save("/m/a.wav", "A", "Ann", 126, null);
        database.write(true, c -> c.createStatement().executeUpdate("DELETE FROM analyses"));
        assertNull(library.catalogue().get(0).analysis());
        assertEquals(100, library.setBpm(id, 100).bpm());
        assertNull(library.analysis(id).orElseThrow().key());
    }

    @Test
    void theRevisionLastsAcrossARestart() throws IOException {
        save("/m/a.wav", "A", "Ann", 126, null);
        long revision = library.revision();
        library.close();
        database.close();
        database = new LibraryDatabase(dir.resolve("library.db"));
        library = TestLibraries.library(database, new RecordingLogger());
        assertEquals(revision, library.revision());
    }

    private String save(String path, String title, String artist, double bpm, MusicalKey key) throws IOException {
        ImportedFile file = new ImportedFile(path, new FileStamp(1000, 2000, "hash"), new TrackTags(title, artist,
                "Album of " + artist, Double.NaN, null), title, "wav", 200.5, 44100, 2, new Measurements("tempo 1",
                        bpm, 0.8, key, key == null ? Double.NaN : 0.7, -9, 0.6, 0.5, 0.1,
                        Map.of("spectral-centroid.centroid", 1500.0)));
        return Long.toString(database.write(true, c -> TrackRecords.save(c, file, 1)));
    }

    private static List<String> ids(List<Track> tracks) {
        return tracks.stream().map(Track::id).toList();
    }
}
