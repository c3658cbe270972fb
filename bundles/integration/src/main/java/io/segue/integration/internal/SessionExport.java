package io.segue.integration.internal;

import io.segue.api.library.AnalysedTrack;
import io.segue.api.library.Track;
import io.segue.api.library.TrackAnalysis;
import io.segue.api.mix.MixSession;
import io.segue.api.mix.Transition;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes a mix session as an extended M3U playlist and as CSV. Each file is written beside its target and moved
 * into place, so that a failed export leaves an earlier one whole.
 */
final class SessionExport {

    private SessionExport() {
    }

    /**
     * @param tracks the library's track (and analysis, if any) of an id; {@code null} for a track no longer there
     * @return the M3U and the CSV file
     */
    static List<Path> write(MixSession session, Path directory, Function<String, AnalysedTrack> tracks)
            throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException(directory + ": not a directory");
        }
        String base = fileName(session);
        Path m3u = directory.resolve(base + ".m3u");
        Path csv = directory.resolve(base + ".csv");
        replace(m3u, out -> {
            out.write("#EXTM3U\n");
            out.write("#PLAYLIST:" + session.name() + "\n");
            for (String id : session.playedTrackIds()) {
                AnalysedTrack entry = tracks.apply(id);
                if (entry == null) {
                    out.write("# track " + id + " is no longer in the library\n");
                    continue;
                }
                Track track = entry.track();
                out.write("#EXTINF:" + Math.round(track.durationSeconds()) + "," + label(track) + "\n");
                out.write(track.path() + "\n");
            }
        });
        replace(csv, out -> {
            out.write("time,from_id,from,to_id,to,to_bpm,to_key,shown_rank,shown\n");
            for (Transition transition : session.transitions()) {
                AnalysedTrack from = tracks.apply(transition.fromTrackId());
                AnalysedTrack to = tracks.apply(transition.toTrackId());
                TrackAnalysis analysis = to == null ? null : to.analysis();
                out.write(String.join(",", Instant.ofEpochMilli(transition.epochMillis()).toString(),
                        transition.fromTrackId(), cell(from == null ? "" : label(from.track())),
                        transition.toTrackId(), cell(to == null ? "" : label(to.track())),
                        analysis == null || Double.isNaN(analysis.bpm()) ? ""
                                : String.format(Locale.ROOT, "%.1f", analysis.bpm()),
                        analysis == null ? "" : analysis.camelot(), Integer.toString(transition.shownRank()),
                        cell(String.join(" ", transition.shown()))) + "\n");
            }
        });
        return List.of(m3u, csv);
    }

    /** The session's name, made safe as a file name, and its id (names repeat). */
    static String fileName(MixSession session) {
        String safe = session.name().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return (safe.isEmpty() ? "session" : safe) + "-" + session.id();
    }

    private static String label(Track track) {
        return track.artist().isEmpty() ? track.title() : track.artist() + " - " + track.title();
    }

    /** A CSV field, quoted when it must be. */
    static String cell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    @FunctionalInterface
    private interface Content {
        void write(Writer out) throws IOException;
    }

    private static void replace(Path target, Content content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.write(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
