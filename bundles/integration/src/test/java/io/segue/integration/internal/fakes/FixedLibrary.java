package io.segue.integration.internal.fakes;

import io.segue.api.feature.MusicalKey;
import io.segue.api.library.AnalysedTrack;
import io.segue.api.library.ImportProgress;
import io.segue.api.library.ImportReport;
import io.segue.api.library.MusicLibrary;
import io.segue.api.library.Track;
import io.segue.api.library.TrackAnalysis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A library of a few tracks that never changes: what the integration reads of a library. */
public final class FixedLibrary implements MusicLibrary {

    private final List<AnalysedTrack> tracks = new ArrayList<>();

    /** Adds track {@code id}, "Artist id - Title id", at {@code bpm} in {@code key}. */
    public FixedLibrary with(String id, double bpm, MusicalKey key) {
        Track track = new Track(id, "/music/" + id + ".flac", "Title " + id, "Artist " + id, "", 300, 44100, 2,
                "flac");
        tracks.add(new AnalysedTrack(track, new TrackAnalysis(id, "test", bpm, 0.9, false, false, key, 0.8, false,
                -9, 0.6, 0.8, 0.1, Map.of())));
        return this;
    }

    @Override
    public ImportReport importFolder(Path root, boolean followLinksOutside, Consumer<ImportProgress> progress) {
        throw new UnsupportedOperationException("a fixed library imports nothing");
    }

    @Override
    public List<Track> tracks(int limit) {
        return tracks.stream().map(AnalysedTrack::track).limit(limit).toList();
    }

    @Override
    public int size() {
        return tracks.size();
    }

    @Override
    public Optional<Track> track(String trackId) {
        return tracks.stream().map(AnalysedTrack::track).filter(t -> t.id().equals(trackId)).findFirst();
    }

    @Override
    public List<Track> search(String text, int limit) {
        return tracks(limit).stream().filter(t -> t.title().contains(text)).toList();
    }

    @Override
    public Optional<TrackAnalysis> analysis(String trackId) {
        return tracks.stream().filter(t -> t.track().id().equals(trackId)).map(AnalysedTrack::analysis)
                .findFirst();
    }

    @Override
    public List<AnalysedTrack> catalogue() {
        return List.copyOf(tracks);
    }

    @Override
    public long revision() {
        return tracks.size();
    }

    @Override
    public TrackAnalysis setBpm(String trackId, double bpm) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TrackAnalysis setKey(String trackId, MusicalKey key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TrackAnalysis lockBpm(String trackId, boolean locked) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Path databaseFile() {
        return Path.of("unused.db");
    }
}
