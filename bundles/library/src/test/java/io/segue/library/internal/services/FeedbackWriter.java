package io.segue.library.internal.services;

import io.segue.api.learn.Feedback;
import io.segue.api.learn.FeedbackStore.StoredFeedback;
import io.segue.library.internal.store.LibraryDatabase;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The child process of {@link FeedbackDurabilityTest}: stores feedback one by one until it is killed, and prints the
 * id of each one as soon as {@link SqliteFeedbackStore#store} has returned (that is, acknowledged it).
 */
public final class FeedbackWriter {

    private FeedbackWriter() {
    }

    /** @param args the library file */
    public static void main(String[] args) throws IOException {
        PrintStream acknowledgements = System.out;
        try (LibraryDatabase database = new LibraryDatabase(Path.of(args[0]))) {
            SqliteFeedbackStore store = new SqliteFeedbackStore(database);
            for (long i = 0; ; i++) {
                StoredFeedback stored = store.store(new Feedback("from-" + i, "to-" + i, i % 2 == 0, (int) (i % 6),
                        "durability", System.currentTimeMillis()));
                acknowledgements.println(stored.id());
                acknowledgements.flush();
            }
        }
    }
}
