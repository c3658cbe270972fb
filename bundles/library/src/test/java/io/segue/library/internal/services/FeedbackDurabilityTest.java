package io.segue.library.internal.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.learn.FeedbackStore.StoredFeedback;
import io.segue.library.internal.store.LibraryDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feedback acknowledged is on disk: a separate JVM stores feedback and prints each id once {@code store} returned;
 * after 1000 acknowledgements it is killed with SIGKILL (no shutdown hook, no close, no checkpoint), and every
 * acknowledged id must be in the file when it is opened again.
 */
class FeedbackDurabilityTest {

    private static final int ACKNOWLEDGED = 1000;
    /** 128 + 9: how a JVM killed by SIGKILL exits on Linux. */
    private static final int KILLED_BY_SIGKILL = 137;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedFeedbackSurvivesSigkill() throws Exception {
        Path file = dir.resolve("library.db");
        Path errors = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), FeedbackWriter.class.getName(), file.toString())
                .redirectError(errors.toFile()).start();
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKNOWLEDGED && (line = out.readLine()) != null) {
                acknowledged.add(Long.parseLong(line.trim()));
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child did not die");
        } finally {
            child.destroyForcibly();
        }
        assertEquals(ACKNOWLEDGED, acknowledged.size(), () -> "the child stopped early: " + read(errors));
        assertEquals(KILLED_BY_SIGKILL, child.exitValue(), "killed by SIGKILL, not ended");

        try (LibraryDatabase database = new LibraryDatabase(file)) {
            SqliteFeedbackStore store = new SqliteFeedbackStore(database);
            Set<Long> stored = store.since(0, Integer.MAX_VALUE).stream().map(StoredFeedback::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            List<Long> lost = acknowledged.stream().filter(id -> !stored.contains(id)).toList();
            assertEquals(List.of(), lost, "acknowledged but lost");
            assertTrue(store.count() >= ACKNOWLEDGED);
            StoredFeedback last = store.since(acknowledged.get(ACKNOWLEDGED - 1) - 1, 1).get(0);
            assertEquals("from-" + (ACKNOWLEDGED - 1), last.feedback().fromTrackId());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }
}
