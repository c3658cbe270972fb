package io.segue.library.internal.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.testing.Configs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileIsCreatedWithItsFoldersInWalModeAtTheLatestSchema() throws IOException {
        Path file = dir.resolve("nested/deeper/library.db");
        try (LibraryDatabase db = new LibraryDatabase(file)) {
            assertEquals(file.toAbsolutePath(), db.file());
            assertEquals(Migrations.LATEST, db.read(Migrations::userVersion));
            assertEquals("wal", pragma(db, "journal_mode"));
            // 2 = FULL: a commit fsyncs the WAL
            assertEquals("2", pragma(db, "synchronous"));
            assertEquals("1", pragma(db, "foreign_keys"));
        }
        assertTrue(Files.size(file) > 0);
    }

    @Test
    void aSchemaOneFileOpensUnderTheLatestSchemaWithItsRowsIntact() throws IOException {
        Path file = dir.resolve("old.db");
        // written by the code path of migration 1 alone, as a Segue of schema 1 wrote it
        try (LibraryDatabase old = new LibraryDatabase(file, 1, 0)) {
            assertEquals(1, old.read(Migrations::userVersion));
            assertFalse(columns(old, "tracks").contains("imported_millis"));
            old.write(true, c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO tracks (id, path, size_bytes, mtime_millis, content_hash, title, "
                            + "artist, format, duration_seconds) VALUES (7, '/music/a.wav', 10, 20, 'ab', 'Alpha', "
                            + "'Ann', 'wav', 180.5)");
                    s.executeUpdate("INSERT INTO analyses (track_id, analyzer, bpm, bpm_edited, musical_key, camelot) "
                            + "VALUES (7, 'tempo 1', 128.0, 1, 'A_MINOR', '8A')");
                    s.executeUpdate("INSERT INTO feedback (from_track_id, to_track_id, accepted, rating, "
                            + "epoch_millis) VALUES ('7', '8', 1, 5, 1000)");
                }
                return null;
            });
        }
        try (LibraryDatabase upgraded = new LibraryDatabase(file)) {
            assertEquals(3, upgraded.read(Migrations::userVersion));
            assertTrue(columns(upgraded, "tracks").contains("imported_millis"));
            assertTrue(columns(upgraded, "models").contains("json"), "migration 3 ran after 2");
            assertEquals("Alpha|Ann|180.5|0", upgraded.read(c -> one(c.prepareStatement(
                    "SELECT title || '|' || artist || '|' || duration_seconds || '|' || imported_millis FROM tracks "
                            + "WHERE id = 7"))));
            assertEquals("128.0|1|A_MINOR|8A", upgraded.read(c -> one(c.prepareStatement(
                    "SELECT bpm || '|' || bpm_edited || '|' || musical_key || '|' || camelot FROM analyses"))));
            assertEquals("7>8", upgraded.read(c -> one(c.prepareStatement(
                    "SELECT from_track_id || '>' || to_track_id FROM feedback"))));
            assertEquals("feedback_by_transition", upgraded.read(c -> one(c.prepareStatement(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'feedback'"))));
            assertEquals(1, upgraded.revision(), "the revision counter came along");
        }
    }

    @Test
    void aSchemaTwoFileGainsTheModelsTableAndKeepsItsFeedback() throws IOException {
        Path file = dir.resolve("two.db");
        try (LibraryDatabase two = new LibraryDatabase(file, 2, 0)) {
            assertEquals(2, two.read(Migrations::userVersion));
            two.write(false, c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO feedback (from_track_id, to_track_id, accepted, rating, "
                            + "epoch_millis) VALUES ('1', '2', 0, 2, 5)");
                }
            });
        }
        try (LibraryDatabase upgraded = new LibraryDatabase(file)) {
            assertEquals(3, upgraded.read(Migrations::userVersion));
            assertEquals("1>2|0|2", upgraded.read(c -> one(c.prepareStatement(
                    "SELECT from_track_id || '>' || to_track_id || '|' || accepted || '|' || rating FROM feedback"))));
            assertFalse(columns(upgraded, "models").isEmpty(), "migration 3 made the models table");
        }
    }

    @Test
    void aFileOfANewerSchemaIsRefusedAndLeftByteForByte() throws IOException {
        Path file = dir.resolve("newer.db");
        try (LibraryDatabase db = new LibraryDatabase(file)) {
            db.write(false, c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("PRAGMA user_version = 7");
                }
                return null;
            });
        }
        byte[] before = Files.readAllBytes(file);
        List<String> filesBefore = listing();
        IOException refused = assertThrows(IOException.class, () -> new LibraryDatabase(file));
        assertEquals("library file " + file.toAbsolutePath() + " was written by a newer Segue (schema 7, this one "
                + "knows up to 3); nothing was changed", refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(filesBefore, listing(), "no WAL or journal was created beside it");
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedUntouched() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.db"), "shopping list: milk, eggs\n".repeat(10));
        byte[] before = Files.readAllBytes(file);
        IOException refused = assertThrows(IOException.class, () -> new LibraryDatabase(file));
        assertTrue(refused.getMessage().startsWith("library file " + file.toAbsolutePath()
                + " is not a SQLite database"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aWriteThatFailsLeavesNothingAndKeepsTheRevision() throws IOException {
        try (LibraryDatabase db = new LibraryDatabase(dir.resolve("l.db"))) {
            long revision = db.revision();
            assertThrows(IOException.class, () -> db.write(true, c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO sessions (name, started_millis) VALUES ('kept?', 1)");
                    s.executeUpdate("INSERT INTO no_such_table VALUES (1)");
                }
                return null;
            }));
            assertEquals(revision, db.revision());
            assertEquals("0", db.read(c -> one(c.prepareStatement("SELECT count(*) FROM sessions"))));
            db.write(true, c -> null);
            assertEquals(revision + 1, db.revision());
        }
    }

    @Test
    void theConfigurationIsValidatedWithTheKeyInTheMessage() throws IOException {
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class, () -> new LibraryDatabase(
                Configs.of(LibraryConfig.class, Map.of("databaseFile", dir.resolve("x.db").toString(),
                        "importThreads", -1))));
        assertEquals("io.segue.library: importThreads must be in 0..256 (0 = one per core), was -1",
                threads.getMessage());
        IllegalArgumentException file = assertThrows(IllegalArgumentException.class,
                () -> new LibraryDatabase(Configs.of(LibraryConfig.class, Map.of("databaseFile", " "))));
        assertEquals("io.segue.library: databaseFile must name a file, was empty", file.getMessage());
        try (LibraryDatabase db = new LibraryDatabase(Configs.of(LibraryConfig.class,
                Map.of("databaseFile", dir.resolve("configured.db").toString(), "importThreads", 3)))) {
            assertEquals(3, db.importThreads());
            assertTrue(Files.exists(dir.resolve("configured.db")));
        }
        assertEquals("data/segue-library.db", Configs.defaults(LibraryConfig.class).databaseFile());
    }

    @Test
    void searchFoldsCaseAndAccents() {
        assertEquals("beyonce sigur ros", TextFold.fold("BEYONCÉ Sigur Rós"));
        assertEquals("", TextFold.fold(null));
        assertEquals("ß", TextFold.fold("ß"), "no locale-specific expansion");
    }

    private List<String> listing() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String pragma(LibraryDatabase db, String name) {
        return db.read(c -> one(c.prepareStatement("PRAGMA " + name)));
    }

    private static List<String> columns(LibraryDatabase db, String table) {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
                q.setString(1, table);
                try (ResultSet row = q.executeQuery()) {
                    while (row.next()) {
                        names.add(row.getString(1));
                    }
                }
            }
            return names;
        });
    }

    private static String one(PreparedStatement query) throws java.sql.SQLException {
        try (query; ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
