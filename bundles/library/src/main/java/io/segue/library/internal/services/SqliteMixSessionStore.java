package io.segue.library.internal.services;

import io.segue.api.mix.MixSession;
import io.segue.api.mix.MixSessionStore;
import io.segue.api.mix.Transition;
import io.segue.library.internal.store.Json;
import io.segue.library.internal.store.LibraryDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Mix sessions in the library's file: a session row and one row per track played, each play after the first being
 * the transition from the one before, with the recommendations shown when the DJ chose it. The running session is
 * the one not ended; all state is in the file, so the component holds none.
 */
@Component(service = MixSessionStore.class)
public final class SqliteMixSessionStore implements MixSessionStore {

    private final LibraryDatabase database;

    @Activate
    public SqliteMixSessionStore(@Reference LibraryDatabase database) {
        this.database = database;
    }

    @Override
    public MixSession start(String name) throws IOException {
        Objects.requireNonNull(name, "name");
        long now = System.currentTimeMillis();
        return database.write(false, c -> {
            endRunning(c, now);
            long id;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO sessions (name, started_millis) VALUES (?, ?) RETURNING id")) {
                insert.setString(1, name);
                insert.setLong(2, now);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
            return load(c, id).orElseThrow();
        });
    }

    @Override
    public MixSession play(String trackId, List<String> shown) throws IOException {
        Objects.requireNonNull(trackId, "trackId");
        List<String> offered = List.copyOf(shown == null ? List.of() : shown);
        long now = System.currentTimeMillis();
        return database.write(false, c -> {
            long id = running(c);
            if (id < 0) {
                throw new IllegalStateException("no mix session runs: start one before playing '" + trackId + "'");
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO session_plays (session_id, position, track_id, played_millis, shown)
                    VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM session_plays WHERE session_id = ?1),
                        ?2, ?3, ?4)""")) {
                insert.setLong(1, id);
                insert.setString(2, trackId);
                insert.setLong(3, now);
                insert.setString(4, Json.strings(offered));
                insert.executeUpdate();
            }
            return load(c, id).orElseThrow();
        });
    }

    @Override
    public Optional<MixSession> end() throws IOException {
        long now = System.currentTimeMillis();
        return database.write(false, c -> {
            long id = running(c);
            if (id < 0) {
                return Optional.empty();
            }
            endRunning(c, now);
            return load(c, id);
        });
    }

    @Override
    public Optional<MixSession> current() {
        return database.read(c -> {
            long id = running(c);
            return id < 0 ? Optional.empty() : load(c, id);
        });
    }

    @Override
    public Optional<MixSession> session(String sessionId) {
        long id;
        try {
            id = Long.parseLong(Objects.requireNonNull(sessionId, "sessionId").trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return database.read(c -> load(c, id));
    }

    @Override
    public List<MixSession> sessions(int limit) {
        return database.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT id FROM sessions ORDER BY started_millis DESC, id DESC LIMIT ?")) {
                query.setInt(1, Math.max(0, limit));
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        ids.add(row.getLong(1));
                    }
                }
            }
            List<MixSession> found = new ArrayList<>();
            for (long id : ids) {
                load(c, id).ifPresent(found::add);
            }
            return found;
        });
    }

    private static long running(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT id FROM sessions WHERE ended_millis = 0 ORDER BY id DESC LIMIT 1");
                ResultSet row = query.executeQuery()) {
            return row.next() ? row.getLong(1) : -1;
        }
    }

    private static void endRunning(Connection c, long now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE sessions SET ended_millis = ? WHERE ended_millis = 0")) {
            update.setLong(1, now);
            update.executeUpdate();
        }
    }

    private static Optional<MixSession> load(Connection c, long id) throws SQLException {
        String name;
        long started;
        long ended;
        try (PreparedStatement query = c.prepareStatement(
                "SELECT name, started_millis, ended_millis FROM sessions WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                name = row.getString(1);
                started = row.getLong(2);
                ended = row.getLong(3);
            }
        }
        List<String> played = new ArrayList<>();
        List<Transition> transitions = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT track_id, played_millis, shown FROM session_plays "
                + "WHERE session_id = ? ORDER BY position")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String track = row.getString(1);
                    if (!played.isEmpty()) {
                        transitions.add(new Transition(played.get(played.size() - 1), track, row.getLong(2),
                                Json.parseStrings(row.getString(3))));
                    }
                    played.add(track);
                }
            }
        }
        return Optional.of(new MixSession(Long.toString(id), name, started, ended, played, transitions));
    }
}
