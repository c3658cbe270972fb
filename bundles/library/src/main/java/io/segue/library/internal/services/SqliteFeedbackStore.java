package io.segue.library.internal.services;

import io.segue.api.learn.Feedback;
import io.segue.api.learn.FeedbackStore;
import io.segue.library.internal.store.LibraryDatabase;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Feedback in the library's file. {@link #store} commits before it returns, and the file runs with
 * {@code synchronous=FULL}: the commit's WAL frames are fsynced, so an acknowledged feedback survives a crash of the
 * process and of the machine.
 */
@Component(service = FeedbackStore.class)
public final class SqliteFeedbackStore implements FeedbackStore {

    private final LibraryDatabase database;

    @Activate
    public SqliteFeedbackStore(@Reference LibraryDatabase database) {
        this.database = database;
    }

    @Override
    public StoredFeedback store(Feedback feedback) throws IOException {
        Objects.requireNonNull(feedback, "feedback");
        long id = database.write(false, c -> {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO feedback (from_track_id, to_track_id, accepted, rating, session_id, epoch_millis)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")) {
                insert.setString(1, feedback.fromTrackId());
                insert.setString(2, feedback.toTrackId());
                insert.setInt(3, feedback.accepted() ? 1 : 0);
                insert.setInt(4, feedback.rating());
                insert.setString(5, feedback.sessionId());
                insert.setLong(6, feedback.epochMillis());
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
        return new StoredFeedback(id, feedback);
    }

    @Override
    public List<StoredFeedback> since(long afterId, int limit) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT id, from_track_id, to_track_id, accepted, "
                    + "rating, session_id, epoch_millis FROM feedback WHERE id > ? ORDER BY id LIMIT ?")) {
                query.setLong(1, afterId);
                query.setInt(2, Math.max(0, limit));
                try (ResultSet row = query.executeQuery()) {
                    List<StoredFeedback> found = new ArrayList<>();
                    while (row.next()) {
                        found.add(read(row));
                    }
                    return found;
                }
            }
        });
    }

    @Override
    public long count() {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT count(*) FROM feedback");
                    ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private static StoredFeedback read(ResultSet row) throws SQLException {
        return new StoredFeedback(row.getLong("id"), new Feedback(row.getString("from_track_id"),
                row.getString("to_track_id"), row.getBoolean("accepted"), row.getInt("rating"),
                row.getString("session_id"), row.getLong("epoch_millis")));
    }
}
