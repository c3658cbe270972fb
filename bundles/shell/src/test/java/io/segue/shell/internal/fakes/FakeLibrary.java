package io.segue.shell.internal.fakes;

import io.segue.api.feature.MusicalKey;
import io.segue.api.library.AnalysedTrack;
import io.segue.api.library.ImportProgress;
import io.segue.api.library.ImportReport;
import io.segue.api.library.MusicLibrary;
import io.segue.api.library.Track;
import io.segue.api.library.TrackAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A library in memory whose import reports a progress per given file and fails the files named "bad": what the
 * shell shows of a library.
 */
public final class FakeLibrary implements MusicLibrary {

    private final Map<String, Track> tracks = new LinkedHashMap<>();
    private final Map<String, TrackAnalysis> analyses = new LinkedHashMap<>();

    public FakeLibrary with(String id, String artist, String title, double bpm, MusicalKey key) {
        tracks.put(id, new Track(id, "/music/" + id + ".mp3", title, artist, "", 245, 44100, 2, "mp3"));
        analyses.put(id, new TrackAnalysis(id, "tempo 1.0.0, key 1.0.0", bpm, 0.87, false, false, key, 0.64, false,
                -8.2, 0.71, 0.9, 0.12, Map.of()));
        return this;
    }

    @Override
    public ImportReport importFolder(Path root, boolean followLinksOutside, Consumer<ImportProgress> progress)
            throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": not a directory");
        }
        List<Path> files;
        try (var listing = Files.list(root)) {
            files = listing.sorted().toList();
        }
        List<ImportReport.ImportFailure> failures = new ArrayList<>();
        int done = 0;
        for (Path file : files) {
            done++;
            if (file.getFileName().toString().startsWith("bad")) {
                failures.add(new ImportReport.ImportFailure(file.toString(), "not an MPEG audio file"));
            }
            progress.accept(new ImportProgress(done, files.size(), done * 60.0, done * 100L, file.toString()));
        }
        return new ImportReport(root.toString(), files.size() - failures.size(), 0, failures, 60.0 * files.size(),
                100L * files.size());
    }

    @Override
    public List<Track> tracks(int limit) {
        return tracks.values().stream().limit(limit).toList();
    }

    @Override
    public int size() {
        return tracks.size();
    }

    @Override
    public Optional<Track> track(String trackId) {
        return Optional.ofNullable(tracks.get(trackId));
    }

    @Override
    public List<Track> search(String text, int limit) {
        return tracks.values().stream().filter(t -> t.title().contains(text) || t.artist().contains(text))
                .limit(limit).toList();
    }

    @Override
    public Optional<TrackAnalysis> analysis(String trackId) {
        return Optional.ofNullable(analyses.get(trackId));
    }

    @Override
    public List<AnalysedTrack> catalogue() {
        return tracks.values().stream().map(t -> new AnalysedTrack(t, analyses.get(t.id()))).toList();
    }

    @Override
    public long revision() {
        return tracks.size();
    }

    @Override
    public TrackAnalysis setBpm(String trackId, double bpm) {
        return change(trackId, a -> new TrackAnalysis(a.trackId(), a.analyzer(), bpm, a.bpmConfidence(),
                a.bpmLocked(), true, a.key(), a.keyStrength(), a.keyEdited(), a.loudnessLufs(), a.energy(),
                a.danceability(), a.firstBeatSeconds(), a.summary()));
    }

    @Override
    public TrackAnalysis setKey(String trackId, MusicalKey key) {
        return change(trackId, a -> new TrackAnalysis(a.trackId(), a.analyzer(), a.bpm(), a.bpmConfidence(),
                a.bpmLocked(), a.bpmEdited(), key, a.keyStrength(), true, a.loudnessLufs(), a.energy(),
                a.danceability(), a.firstBeatSeconds(), a.summary()));
    }

    @Override
    public TrackAnalysis lockBpm(String trackId, boolean locked) {
        return change(trackId, a -> new TrackAnalysis(a.trackId(), a.analyzer(), a.bpm(), a.bpmConfidence(),
                locked, a.bpmEdited(), a.key(), a.keyStrength(), a.keyEdited(), a.loudnessLufs(), a.energy(),
                a.danceability(), a.firstBeatSeconds(), a.summary()));
    }

    private TrackAnalysis change(String trackId, java.util.function.UnaryOperator<TrackAnalysis> edit) {
        TrackAnalysis edited = edit.apply(analyses.get(trackId));
        analyses.put(trackId, edited);
        return edited;
    }

    @Override
    public Path databaseFile() {
        return Path.of("data/segue-library.db");
    }
}
