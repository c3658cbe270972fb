package io.segue.library.internal.services;

import io.segue.api.learn.ModelStore;
import io.segue.library.internal.store.LibraryDatabase;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The learners' models in the library file: one row per learner, replaced on each save. */
@Component(service = ModelStore.class)
public final class SqliteModelStore implements ModelStore {

    private final LibraryDatabase database;

    @Activate
    public SqliteModelStore(@Reference LibraryDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<StoredModel> load(String learnerId) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT version, json, saved_millis FROM models WHERE learner_id = ?")) {
                query.setString(1, learnerId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(new StoredModel(learnerId, row.getInt(1), row.getString(2),
                            row.getLong(3))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(StoredModel model) throws IOException {
        Objects.requireNonNull(model, "model");
        database.write(false, c -> {
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO models (learner_id, version, json, saved_millis) VALUES (?, ?, ?, ?)
                    ON CONFLICT (learner_id) DO UPDATE SET version = excluded.version, json = excluded.json,
                        saved_millis = excluded.saved_millis""")) {
                upsert.setString(1, model.learnerId());
                upsert.setInt(2, model.version());
                upsert.setString(3, model.json());
                upsert.setLong(4, model.savedEpochMillis());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public void delete(String learnerId) throws IOException {
        database.write(false, c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM models WHERE learner_id = ?")) {
                delete.setString(1, learnerId);
                return delete.executeUpdate();
            }
        });
    }
}
