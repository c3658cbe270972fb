package io.segue.library.internal.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The library's schema, as numbered steps. The file's {@code PRAGMA user_version} says how many have been applied;
 * opening a file applies the missing ones, all in one transaction (a failed step leaves the file as it was).
 *
 * <p>Never edit a released step: add the next one. A library file written by a newer Segue (a higher version than
 * {@link #LATEST}) is refused untouched, since this code cannot know what the newer steps mean.
 */
final class Migrations {

    /** One step of the schema. */
    record Migration(int version, String purpose, List<String> statements) {
    }

    static final List<Migration> ALL = List.of(
            new Migration(1, "tracks, analyses, feedback, mix sessions and the catalogue revision", List.of(
                    """
                    CREATE TABLE tracks (
                        id INTEGER PRIMARY KEY,
                        path TEXT NOT NULL UNIQUE,
                        size_bytes INTEGER NOT NULL,
                        mtime_millis INTEGER NOT NULL,
                        content_hash TEXT NOT NULL,
                        title TEXT NOT NULL,
                        artist TEXT NOT NULL DEFAULT '',
                        album TEXT NOT NULL DEFAULT '',
                        duration_seconds REAL,
                        sample_rate_hz INTEGER NOT NULL DEFAULT 0,
                        channels INTEGER NOT NULL DEFAULT 0,
                        format TEXT NOT NULL,
                        tag_bpm REAL,
                        tag_key TEXT)""",
                    """
                    CREATE TABLE analyses (
                        track_id INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
                        analyzer TEXT NOT NULL,
                        bpm REAL,
                        bpm_confidence REAL,
                        bpm_locked INTEGER NOT NULL DEFAULT 0,
                        bpm_edited INTEGER NOT NULL DEFAULT 0,
                        musical_key TEXT,
                        camelot TEXT,
                        key_strength REAL,
                        key_edited INTEGER NOT NULL DEFAULT 0,
                        loudness_lufs REAL,
                        energy REAL,
                        danceability REAL,
                        first_beat_seconds REAL,
                        feature_summary TEXT NOT NULL DEFAULT '{}')""",
                    """
                    CREATE TABLE feedback (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        from_track_id TEXT NOT NULL,
                        to_track_id TEXT NOT NULL,
                        accepted INTEGER NOT NULL,
                        rating INTEGER NOT NULL,
                        session_id TEXT,
                        epoch_millis INTEGER NOT NULL)""",
                    """
                    CREATE TABLE sessions (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        started_millis INTEGER NOT NULL,
                        ended_millis INTEGER NOT NULL DEFAULT 0)""",
                    """
                    CREATE TABLE session_plays (
                        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        track_id TEXT NOT NULL,
                        played_millis INTEGER NOT NULL,
                        shown TEXT NOT NULL DEFAULT '[]',
                        PRIMARY KEY (session_id, position))""",
                    "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
                    "INSERT INTO counters (name, value) VALUES ('revision', 0)")),
            new Migration(2, "when each track was last imported; feedback looked up by transition (the learner)",
                    List.of("ALTER TABLE tracks ADD COLUMN imported_millis INTEGER NOT NULL DEFAULT 0",
                            "CREATE INDEX feedback_by_transition ON feedback (from_track_id, to_track_id)")),
            new Migration(3, "the learners' models", List.of("""
                    CREATE TABLE models (
                        learner_id TEXT PRIMARY KEY,
                        version INTEGER NOT NULL,
                        json TEXT NOT NULL,
                        saved_millis INTEGER NOT NULL)""")));

    /** The newest schema this code knows. */
    static final int LATEST = ALL.get(ALL.size() - 1).version();

    private Migrations() {
    }

    /**
     * Brings the file to schema {@code target} in one transaction and commits; the connection must be in manual
     * commit mode.
     *
     * @throws IOException when the file's schema is newer than {@link #LATEST}; nothing was changed
     */
    static void upgrade(Connection connection, Path file, int target) throws SQLException, IOException {
        int current = userVersion(connection);
        if (current > LATEST) {
            connection.rollback();
            throw newerSchema(file, current);
        }
        try (Statement statement = connection.createStatement()) {
            for (Migration migration : ALL) {
                if (migration.version() > current && migration.version() <= target) {
                    for (String sql : migration.statements()) {
                        statement.executeUpdate(sql);
                    }
                    // a pragma takes no parameters; the value is this code's own constant
                    statement.executeUpdate("PRAGMA user_version = " + migration.version());
                }
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("PRAGMA user_version")) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    static IOException newerSchema(Path file, int version) {
        return new IOException("library file " + file + " was written by a newer Segue (schema " + version
                + ", this one knows up to " + LATEST + "); nothing was changed");
    }
}
