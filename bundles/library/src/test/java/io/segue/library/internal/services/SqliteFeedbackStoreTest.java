package io.segue.library.internal.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.learn.Feedback;
import io.segue.api.learn.FeedbackStore.StoredFeedback;
import io.segue.library.internal.store.LibraryDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteFeedbackStoreTest {

    @TempDir
    Path dir;

    @Test
    void feedbackComesBackInOrderAfterARestart() throws IOException {
        Feedback liked = new Feedback("1", "2", true, 5, "s1", 1_700_000_000_000L);
        Feedback refused = new Feedback("2", "3", false, 0, null, 1_700_000_000_500L);
        Feedback rated = new Feedback("3", "1", true, 3, "s1", 1_700_000_001_000L);
        long revision;
        try (LibraryDatabase db = new LibraryDatabase(dir.resolve("l.db"))) {
            SqliteFeedbackStore store = new SqliteFeedbackStore(db);
            revision = db.revision();
            StoredFeedback first = store.store(liked);
            StoredFeedback second = store.store(refused);
            store.store(rated);
            assertEquals(liked, first.feedback());
            assertEquals(first.id() + 1, second.id());
            assertEquals(revision, db.revision(), "feedback is not the catalogue");
        }
        try (LibraryDatabase db = new LibraryDatabase(dir.resolve("l.db"))) {
            SqliteFeedbackStore store = new SqliteFeedbackStore(db);
            assertEquals(3, store.count());
            List<StoredFeedback> all = store.since(0, 10);
            assertEquals(List.of(liked, refused, rated), all.stream().map(StoredFeedback::feedback).toList());
            assertEquals(List.of(rated), store.since(all.get(1).id(), 10).stream().map(StoredFeedback::feedback)
                    .toList());
            assertEquals(1, store.since(0, 1).size());
            assertEquals(List.of(), store.since(all.get(2).id(), 10));
        }
    }
}
