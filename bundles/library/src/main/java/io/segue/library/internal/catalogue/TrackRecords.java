package io.segue.library.internal.catalogue;

import io.segue.api.feature.MusicalKey;
import io.segue.api.library.AnalysedTrack;
import io.segue.api.library.Track;
import io.segue.api.library.TrackAnalysis;
import io.segue.library.internal.store.Json;
import io.segue.library.internal.store.Sql;
import io.segue.library.internal.store.TextFold;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of tracks and analyses. Every method runs on the connection it is given, inside the caller's
 * transaction; every value is a parameter.
 */
public final class TrackRecords {

    private static final String TRACK = "t.id, t.path, t.title, t.artist, t.album, t.duration_seconds, "
            + "t.sample_rate_hz, t.channels, t.format";
    private static final String ANALYSIS = "a.track_id AS analysed, a.analyzer, a.bpm, a.bpm_confidence, "
            + "a.bpm_locked, a.bpm_edited, a.musical_key, a.key_strength, a.key_edited, a.loudness_lufs, a.energy, "
            + "a.danceability, a.first_beat_seconds";
    private static final String ORDER = " ORDER BY t.artist COLLATE NOCASE, t.title COLLATE NOCASE, t.id";

    /**
     * A re-analysis replaces what was measured but keeps what the user set: an edited or locked tempo, an edited
     * key.
     */
    private static final String UPSERT_ANALYSIS = """
            INSERT INTO analyses (track_id, analyzer, bpm, bpm_confidence, musical_key, camelot, key_strength,
                loudness_lufs, energy, danceability, first_beat_seconds, feature_summary)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (track_id) DO UPDATE SET
                analyzer = excluded.analyzer,
                bpm = CASE WHEN bpm_edited OR bpm_locked THEN bpm ELSE excluded.bpm END,
                bpm_confidence = CASE WHEN bpm_edited OR bpm_locked THEN bpm_confidence
                    ELSE excluded.bpm_confidence END,
                musical_key = CASE WHEN key_edited THEN musical_key ELSE excluded.musical_key END,
                camelot = CASE WHEN key_edited THEN camelot ELSE excluded.camelot END,
                key_strength = CASE WHEN key_edited THEN key_strength ELSE excluded.key_strength END,
                loudness_lufs = excluded.loudness_lufs,
                energy = excluded.energy,
                danceability = excluded.danceability,
                first_beat_seconds = excluded.first_beat_seconds,
                feature_summary = excluded.feature_summary""";

    private TrackRecords() {
    }

    /** The stamp stored for {@code path}, when the library has it. */
    public static Optional<FileStamp> stamp(Connection c, String path) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT size_bytes, mtime_millis, content_hash FROM tracks WHERE path = ?")) {
            query.setString(1, path);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new FileStamp(row.getLong(1), row.getLong(2), row.getString(3)))
                        : Optional.empty();
            }
        }
    }

    /** Adds or updates the file's track and its analysis; returns the track's id. */
    public static long save(Connection c, ImportedFile file, long nowMillis) throws SQLException {
        long id;
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO tracks (path, size_bytes, mtime_millis, content_hash, title, artist, album,
                    duration_seconds, sample_rate_hz, channels, format, tag_bpm, tag_key, imported_millis)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (path) DO UPDATE SET
                    size_bytes = excluded.size_bytes, mtime_millis = excluded.mtime_millis,
                    content_hash = excluded.content_hash, title = excluded.title, artist = excluded.artist,
                    album = excluded.album, duration_seconds = excluded.duration_seconds,
                    sample_rate_hz = excluded.sample_rate_hz, channels = excluded.channels, format = excluded.format,
                    tag_bpm = excluded.tag_bpm, tag_key = excluded.tag_key, imported_millis = excluded.imported_millis
                RETURNING id""")) {
            int i = 0;
            upsert.setString(++i, file.path());
            upsert.setLong(++i, file.stamp().sizeBytes());
            upsert.setLong(++i, file.stamp().mtimeMillis());
            upsert.setString(++i, file.stamp().contentHash());
            upsert.setString(++i, file.title());
            upsert.setString(++i, file.tags().artist());
            upsert.setString(++i, file.tags().album());
            Sql.setDouble(upsert, ++i, file.durationSeconds());
            upsert.setInt(++i, file.sampleRateHz());
            upsert.setInt(++i, file.channels());
            upsert.setString(++i, file.format());
            Sql.setDouble(upsert, ++i, file.tags().bpm());
            upsert.setString(++i, file.tags().key() == null ? null : file.tags().key().name());
            upsert.setLong(++i, nowMillis);
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        Measurements m = file.measurements();
        try (PreparedStatement upsert = c.prepareStatement(UPSERT_ANALYSIS)) {
            int i = 0;
            upsert.setLong(++i, id);
            upsert.setString(++i, m.analyzer());
            Sql.setDouble(upsert, ++i, m.bpm());
            Sql.setDouble(upsert, ++i, m.bpmConfidence());
            upsert.setString(++i, m.key() == null ? null : m.key().name());
            upsert.setString(++i, m.key() == null ? null : m.key().camelot());
            Sql.setDouble(upsert, ++i, m.keyStrength());
            Sql.setDouble(upsert, ++i, m.loudnessLufs());
            Sql.setDouble(upsert, ++i, m.energy());
            Sql.setDouble(upsert, ++i, m.danceability());
            Sql.setDouble(upsert, ++i, m.firstBeatSeconds());
            upsert.setString(++i, Json.numbers(m.summary()));
            upsert.executeUpdate();
        }
        return id;
    }

    public static List<Track> tracks(Connection c, int limit) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + TRACK + " FROM tracks t" + ORDER
                + " LIMIT ?")) {
            query.setInt(1, Math.max(0, limit));
            return readTracks(query);
        }
    }

    public static int count(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT count(*) FROM tracks");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    public static Optional<Track> track(Connection c, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + TRACK + " FROM tracks t WHERE t.id = ?")) {
            query.setLong(1, id);
            List<Track> found = readTracks(query);
            return found.stream().findFirst();
        }
    }

    /** Tracks whose title, artist or album contains {@code text}, compared by {@link TextFold}. */
    public static List<Track> search(Connection c, String text, int limit) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + TRACK + " FROM tracks t WHERE "
                + "instr(segue_fold(t.title), ?1) > 0 OR instr(segue_fold(t.artist), ?1) > 0 "
                + "OR instr(segue_fold(t.album), ?1) > 0" + ORDER + " LIMIT ?2")) {
            query.setString(1, TextFold.fold(text));
            query.setInt(2, Math.max(0, limit));
            return readTracks(query);
        }
    }

    public static Optional<TrackAnalysis> analysis(Connection c, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + ANALYSIS
                + ", a.feature_summary FROM analyses a WHERE a.track_id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(readAnalysis(row, Json.parseNumbers(row.getString("feature_summary"))))
                        : Optional.empty();
            }
        }
    }

    /**
     * Every track with its analysis, without the feature summaries: they are most of the cost (for 100k tracks
     * 3.5 s and 184 MB with them, 0.8 s and 53 MB without); {@link #analysis} has them.
     */
    public static List<AnalysedTrack> catalogue(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + TRACK + ", " + ANALYSIS
                + " FROM tracks t LEFT JOIN analyses a ON a.track_id = t.id" + ORDER);
                ResultSet row = query.executeQuery()) {
            List<AnalysedTrack> all = new ArrayList<>();
            while (row.next()) {
                row.getLong("analysed");
                boolean analysed = !row.wasNull();
                all.add(new AnalysedTrack(readTrack(row), analysed ? readAnalysis(row, Map.of()) : null));
            }
            return all;
        }
    }

    /**
     * Sets what the user corrected, creating an empty analysis row for a track that has none.
     *
     * @param assignments SQL assignments of the correction, e.g. {@code bpm = ?, bpm_edited = 1}; constant text
     * @param values      the assignments' parameters, in order
     * @return false when there is no such track
     */
    public static boolean correct(Connection c, long id, String assignments, Object... values) throws SQLException {
        if (track(c, id).isEmpty()) {
            return false;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO analyses (track_id, analyzer) VALUES (?, '') ON CONFLICT (track_id) DO NOTHING")) {
            insert.setLong(1, id);
            insert.executeUpdate();
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE analyses SET " + assignments
                + " WHERE track_id = ?")) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.setLong(values.length + 1, id);
            update.executeUpdate();
        }
        return true;
    }

    private static List<Track> readTracks(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            List<Track> tracks = new ArrayList<>();
            while (row.next()) {
                tracks.add(readTrack(row));
            }
            return tracks;
        }
    }

    private static Track readTrack(ResultSet row) throws SQLException {
        return new Track(Long.toString(row.getLong("id")), row.getString("path"), row.getString("title"),
                row.getString("artist"), row.getString("album"), Sql.getDouble(row, "duration_seconds"),
                row.getInt("sample_rate_hz"), row.getInt("channels"), row.getString("format"));
    }

    private static TrackAnalysis readAnalysis(ResultSet row, Map<String, Double> summary) throws SQLException {
        return new TrackAnalysis(Long.toString(row.getLong("analysed")), row.getString("analyzer"),
                Sql.getDouble(row, "bpm"), Sql.getDouble(row, "bpm_confidence"), row.getBoolean("bpm_locked"),
                row.getBoolean("bpm_edited"), key(row.getString("musical_key")), Sql.getDouble(row, "key_strength"),
                row.getBoolean("key_edited"), Sql.getDouble(row, "loudness_lufs"), Sql.getDouble(row, "energy"),
                Sql.getDouble(row, "danceability"), Sql.getDouble(row, "first_beat_seconds"), summary);
    }

    /** A key's stored name; a name this code does not know (a newer Segue's) reads as no key. */
    private static MusicalKey key(String name) {
        if (name == null) {
            return null;
        }
        try {
            return MusicalKey.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
