package io.segue.shell.internal.format;

import io.segue.api.library.ImportProgress;
import io.segue.api.library.ImportReport;
import io.segue.api.library.Track;
import io.segue.api.library.TrackAnalysis;
import io.segue.api.mix.Recommendation;
import io.segue.api.mix.ScoreComponent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Tracks, analyses, import progress and recommendations as the shell prints them. */
public final class LibraryFormat {

    private LibraryFormat() {
    }

    /** One row per track: id, artist, title, BPM, key, energy, length. */
    public static String tracks(List<Track> tracks, Function<String, Optional<TrackAnalysis>> analyses,
            String what) {
        if (tracks.isEmpty()) {
            return "no " + what;
        }
        TableFormat table = new TableFormat("id", "artist", "title", "bpm", "key", "energy", "length")
                .alignRight(0, 3, 5, 6);
        for (Track track : tracks) {
            TrackAnalysis analysis = analyses.apply(track.id()).orElse(null);
            table.row(track.id(), track.artist(), track.title(), bpm(analysis), key(analysis),
                    analysis == null ? "-" : Decimals.fixedOrDash(analysis.energy(), 2),
                    minutes(track.durationSeconds()));
        }
        return table.toString();
    }

    /** Everything known of one track. */
    public static String track(Track track, TrackAnalysis analysis) {
        KeyValueFormat lines = new KeyValueFormat()
                .add("id", track.id())
                .add("title", track.title())
                .add("artist", track.artist().isEmpty() ? "-" : track.artist())
                .add("album", track.album().isEmpty() ? "-" : track.album())
                .add("file", track.path())
                .add("format", track.format() + ", " + track.sampleRateHz() + " Hz, " + track.channels()
                        + (track.channels() == 1 ? " channel" : " channels"))
                .add("length", minutes(track.durationSeconds()));
        if (analysis == null) {
            return lines.add("analysis", "none").toString();
        }
        return lines
                .add("tempo", bpm(analysis) + (Double.isNaN(analysis.bpm()) ? ""
                        : " BPM" + (analysis.bpmEdited() ? " (set by hand)" : " (confidence "
                                + Decimals.fixed(analysis.bpmConfidence(), 2) + ")")
                        + (analysis.bpmLocked() ? ", locked" : "")))
                .add("key", analysis.key() == null ? "none"
                        : analysis.key().displayName() + "  " + analysis.key().camelot() + "  "
                                + analysis.key().openKey() + (analysis.keyEdited() ? " (set by hand)"
                                        : " (strength " + Decimals.fixed(analysis.keyStrength(), 2) + ")"))
                .add("loudness", Decimals.fixedOrDash(analysis.loudnessLufs(), 1) + " LUFS")
                .add("energy", Decimals.fixedOrDash(analysis.energy(), 2) + " (danceability "
                        + Decimals.fixedOrDash(analysis.danceability(), 2) + ")")
                .add("first beat", Decimals.fixedOrDash(analysis.firstBeatSeconds(), 3) + " s")
                .add("analyzer", analysis.analyzer())
                .toString();
    }

    /** One progress line: files, audio hours per second, ETA. */
    public static String progress(ImportProgress progress) {
        long eta = progress.etaMillis();
        return progress.filesDone() + "/" + progress.filesTotal() + " files, "
                + Decimals.fixed(progress.audioHoursPerSecond() * 3600, 1) + " s of audio per second"
                + (eta < 0 ? "" : ", about " + Math.round(eta / 1000.0) + " s left");
    }

    /** The import's summary, and each failure on its own line. */
    public static String report(ImportReport report) {
        StringBuilder out = new StringBuilder("imported " + report.imported() + ", skipped " + report.skipped()
                + " unchanged, failed " + report.failures().size() + " in "
                + Decimals.fixed(report.elapsedMillis() / 1000.0, 1) + " s ("
                + Decimals.fixed(report.audioSeconds() / 60, 1) + " min of audio analysed)");
        for (ImportReport.ImportFailure failure : report.failures()) {
            out.append("\n  failed: ").append(failure.path()).append(": ").append(failure.reason());
        }
        return out.toString();
    }

    /** The recommendations, best first, each with its reasons. */
    public static String recommendations(List<Recommendation> recommendations,
            Function<String, Optional<TrackAnalysis>> analyses) {
        if (recommendations.isEmpty()) {
            return "no recommendation (is the library empty or not analysed yet?)";
        }
        StringBuilder out = new StringBuilder();
        int rank = 1;
        for (Recommendation recommendation : recommendations) {
            Track track = recommendation.track();
            TrackAnalysis analysis = analyses.apply(track.id()).orElse(null);
            out.append(String.format(Locale.ROOT, "%2d. %.2f  [%s] %s  %s BPM  %s%n", rank++, recommendation.score(), track.id(),
                    track.artist().isEmpty() ? track.title() : track.artist() + " - " + track.title(),
                    bpm(analysis), key(analysis)));
            for (ScoreComponent component : recommendation.components()) {
                out.append(String.format(Locale.ROOT, "      %-11s %.2f x %.2f  %s%n", component.name(), component.score(),
                        component.weight(), component.reason()));
            }
        }
        return out.toString().stripTrailing();
    }

    private static String bpm(TrackAnalysis analysis) {
        return analysis == null ? "-" : Decimals.fixedOrDash(analysis.bpm(), 1);
    }

    private static String key(TrackAnalysis analysis) {
        return analysis == null || analysis.key() == null ? "-" : analysis.key().camelot();
    }

    static String minutes(double seconds) {
        if (Double.isNaN(seconds)) {
            return "-";
        }
        long whole = Math.round(seconds);
        return whole / 60 + ":" + String.format(Locale.ROOT, "%02d", whole % 60);
    }
}
