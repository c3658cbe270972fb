package io.segue.shell.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.MusicalKey;
import io.segue.shell.internal.fakes.FakeLibrary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryCommandTest {

    @TempDir
    Path dir;

    private final FakeLibrary library = new FakeLibrary()
            .with("1", "Kölsch", "Grey", 122, MusicalKey.A_MINOR)
            .with("2", "Bicep", "Glue", 130, MusicalKey.F_MINOR);
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final LibraryCommand command =
            new LibraryCommand(library, new PrintStream(console, true, StandardCharsets.UTF_8));

    @Test
    void anImportShowsItsProgressThenASummaryWithEachFailure() throws Exception {
        Files.writeString(dir.resolve("a.mp3"), "x");
        Files.writeString(dir.resolve("bad.mp3"), "x");
        String summary = command.library("50", false, "import", dir.toString());
        String progress = console.toString(StandardCharsets.UTF_8);
        assertTrue(progress.startsWith("importing " + dir.toAbsolutePath()), progress);
        assertTrue(progress.contains("/2 files, "), progress);
        assertTrue(summary.startsWith("imported 1, skipped 0 unchanged, failed 1 in 0.2 s (2.0 min of audio"
                + " analysed)"), summary);
        assertTrue(summary.endsWith("failed: " + dir.resolve("bad.mp3") + ": not an MPEG audio file"), summary);
    }

    @Test
    void importingWhatIsNoFolderFailsWithTheLibrarysMessage() {
        IOException e = assertThrows(IOException.class,
                () -> command.library("50", false, "import", dir.resolve("nope").toString()));
        assertEquals(dir.resolve("nope") + ": not a directory", e.getMessage());
    }

    @Test
    void listsAndShowsTracksWithTempoAndKey() throws Exception {
        String list = command.library("50", "list");
        assertTrue(list.contains("Kölsch") && list.contains("122.0") && list.contains("8A"), list);
        assertTrue(list.endsWith("2 tracks in data/segue-library.db"), list);
        String shown = command.library("50", false, "show", "2");
        assertTrue(shown.contains("tempo       130.0 BPM (confidence 0.87)"), shown);
        assertTrue(shown.contains("key         F minor  4A  9m (strength 0.64)"), shown);
    }

    @Test
    void correctionsAreShownAsSetByHand() throws Exception {
        assertTrue(command.library("set-key", "1", "F#m").contains("F# minor  11A  4m (set by hand)"));
        assertTrue(command.library("set-bpm", "1", "123.5").contains("123.5 BPM (set by hand)"));
        assertTrue(command.library("lock", "1", "true").contains(", locked"));
    }

    @Test
    void wrongArgumentsSayWhatIsExpected() {
        assertEquals("'H' is not a key: write e.g. A minor, Am, F#m, C major, C, Db, 8A (Camelot) or 1m (Open Key)",
                assertThrows(IllegalArgumentException.class, () -> command.library("set-key", "1", "H"))
                        .getMessage());
        assertEquals("bpm must be in 20..400, was 1000", assertThrows(IllegalArgumentException.class,
                () -> command.library("set-bpm", "1", "1000")).getMessage());
        assertEquals("no track '9' in the library (segue:library list shows the ids)",
                assertThrows(IllegalArgumentException.class, () -> command.library("set-bpm", "9", "120"))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> command.library("50", "explode"))
                .getMessage().endsWith(LibraryCommand.USAGE));
    }
}
