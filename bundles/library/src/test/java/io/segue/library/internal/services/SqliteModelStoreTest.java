package io.segue.library.internal.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.learn.ModelStore.StoredModel;
import io.segue.library.internal.store.LibraryDatabase;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteModelStoreTest {

    @TempDir
    Path dir;

    @Test
    void aSavedModelIsReplacedByTheNextAndSurvivesReopeningTheFile() throws IOException {
        try (LibraryDatabase db = new LibraryDatabase(dir.resolve("l.db"))) {
            SqliteModelStore store = new SqliteModelStore(db);
            assertTrue(store.load("logistic").isEmpty());
            store.save(new StoredModel("logistic", 1, "{\"w\":[0.1]}", 1000));
            store.save(new StoredModel("logistic", 2, "{\"w\":[0.2]}", 2000));
            store.save(new StoredModel("rules", 1, "{}", 3000));
        }
        try (LibraryDatabase db = new LibraryDatabase(dir.resolve("l.db"))) {
            SqliteModelStore store = new SqliteModelStore(db);
            assertEquals(new StoredModel("logistic", 2, "{\"w\":[0.2]}", 2000), store.load("logistic").orElseThrow());
            store.delete("logistic");
            store.delete("nobody");
            assertTrue(store.load("logistic").isEmpty());
            assertEquals("{}", store.load("rules").orElseThrow().json());
        }
    }
}
