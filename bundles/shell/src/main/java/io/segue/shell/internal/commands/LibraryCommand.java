package io.segue.shell.internal.commands;

import io.segue.api.feature.MusicalKey;
import io.segue.api.library.ImportProgress;
import io.segue.api.library.ImportReport;
import io.segue.api.library.MusicLibrary;
import io.segue.api.library.Track;
import io.segue.shell.internal.format.LibraryFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code segue:library import|list|search|show|set-bpm|set-key|lock}: the music library at the prompt. An import
 * runs on its own threads; this command's thread prints its progress (at most twice a second) and then its summary.
 */
@Component(service = LibraryCommand.class, immediate = true)
@GogoCommand(scope = "segue", function = {"library"})
public final class LibraryCommand {

    static final String USAGE = "use: library import [--follow-links] <folder> | list [-n N] | search <text> | "
            + "show <track> | set-bpm <track> <bpm> | set-key <track> <key> | lock <track> [true|false]";
    static final String DEFAULT_LIMIT = "50";
    private static final long PROGRESS_EVERY_MILLIS = 500;

    private final MusicLibrary library;
    private final PrintStream console;

    @Activate
    public LibraryCommand(@Reference(name = "library") MusicLibrary library) {
        this(library, System.out);
    }

    /** @param console where the progress of an import goes (Gogo points System.out at the session's console) */
    LibraryCommand(MusicLibrary library, PrintStream console) {
        this.library = library;
        this.console = console;
    }

    @Descriptor("the music library: list shows the tracks (default " + DEFAULT_LIMIT + ")")
    public String library(
            @Descriptor("at most this many tracks (list, search)")
            @Parameter(names = {"-n", "--limit"}, absentValue = DEFAULT_LIMIT) String limit,
            @Descriptor("list") String action) {
        if (!action.equals("list")) {
            throw new IllegalArgumentException("library " + action + " needs more arguments; " + USAGE);
        }
        int count = Arguments.intInRange("-n", limit, 1, 100_000);
        return LibraryFormat.tracks(library.tracks(count), library::analysis, "track in the library (import a folder:"
                + " segue:library import <folder>)") + "\n" + library.size() + " tracks in " + library.databaseFile();
    }

    @Descriptor("the music library: import a folder, search, show or lock a track")
    public String library(
            @Descriptor("at most this many tracks (list, search)")
            @Parameter(names = {"-n", "--limit"}, absentValue = DEFAULT_LIMIT) String limit,
            @Descriptor("import: also follow links that lead outside the folder")
            @Parameter(names = "--follow-links", presentValue = "true", absentValue = "false") boolean followLinks,
            @Descriptor("import, search, show or lock") String action,
            @Descriptor("the folder (import), the text (search) or the track id (show, lock)") String argument)
            throws IOException, InterruptedException {
        return switch (action) {
            case "import" -> importFolder(Path.of(argument), followLinks);
            case "search" -> LibraryFormat.tracks(library.search(argument, Arguments.intInRange("-n", limit, 1,
                    100_000)), library::analysis, "track matches '" + argument + "'");
            case "show" -> LibraryFormat.track(track(argument), library.analysis(argument).orElse(null));
            case "lock" -> LibraryFormat.track(track(argument), library.lockBpm(argument, true));
            case "list" -> throw new IllegalArgumentException("library list takes no argument; " + USAGE);
            default -> throw new IllegalArgumentException("unknown library action '" + action + "'; " + USAGE);
        };
    }

    @Descriptor("the music library: correct a track's tempo or key, lock or unlock its tempo")
    public String library(
            @Descriptor("set-bpm, set-key or lock") String action,
            @Descriptor("track id, as segue:library list shows it") String track,
            @Descriptor("the BPM (set-bpm), the key, e.g. Am, 8A, F# minor (set-key), or true/false (lock)")
            String value) throws IOException {
        track(track);
        return switch (action) {
            case "set-bpm" -> LibraryFormat.track(track(track), library.setBpm(track,
                    Arguments.decimalInRange("bpm", value, 20, 400)));
            case "set-key" -> LibraryFormat.track(track(track), library.setKey(track, MusicalKey.parse(value)));
            case "lock" -> LibraryFormat.track(track(track), library.lockBpm(track, Arguments.yesNo("lock", value, "locked", "unlocked")));
            default -> throw new IllegalArgumentException("unknown library action '" + action + "'; " + USAGE);
        };
    }

    private String importFolder(Path folder, boolean followLinks) throws IOException, InterruptedException {
        LinkedBlockingQueue<ImportProgress> reports = new LinkedBlockingQueue<>();
        CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> {
            try {
                return library.importFolder(folder, followLinks, reports::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        console.println("importing " + folder.toAbsolutePath().normalize() + " ...");
        long printed = 0;
        ImportProgress latest = null;
        while (!running.isDone() || !reports.isEmpty()) {
            ImportProgress next = reports.poll(100, TimeUnit.MILLISECONDS);
            if (next != null) {
                latest = next;
            }
            long now = System.currentTimeMillis();
            if (latest != null && now - printed >= PROGRESS_EVERY_MILLIS) {
                console.println(LibraryFormat.progress(latest));
                printed = now;
                latest = null;
            }
        }
        try {
            return LibraryFormat.report(running.get());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("the import failed: " + cause, cause);
        }
    }

    private Track track(String id) {
        return library.track(id).orElseThrow(() -> new IllegalArgumentException("no track '" + id
                + "' in the library (segue:library list shows the ids)"));
    }
}
