package io.segue.learner.internal.component;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A music library in memory, for the learners' tests: the learners' contract is {@link MusicLibrary#analysis} and
 * {@link MusicLibrary#revision()}, which this keeps exactly (every change bumps the revision); the rest is
 * unsupported.
 */
final class FakeMusicLibrary implements MusicLibrary {

    private final Map<String, TrackAnalysis> analyses = new ConcurrentHashMap<>();
    private final AtomicLong revision = new AtomicLong(1);
    private final AtomicInteger analysisReads = new AtomicInteger();

    FakeMusicLibrary add(TrackAnalysis analysis) {
        analyses.put(analysis.trackId(), analysis);
        revision.incrementAndGet();
        return this;
    }

    /** A track at {@code bpm} in {@code key} (may be null) with the given energy and loudness, no summary. */
    FakeMusicLibrary add(String id, double bpm, MusicalKey key, double energy, double loudnessLufs) {
        return add(analysis(id, bpm, key, energy, loudnessLufs, Map.of()));
    }

    static TrackAnalysis analysis(String id, double bpm, MusicalKey key, double energy, double loudnessLufs,
            Map<String, Double> summary) {
        return new TrackAnalysis(id, "test", bpm, 0.9, false, false, key, key == null ? 0 : 0.8, false, loudnessLufs,
                energy, 0.7, 0.1, summary);
    }

    List<TrackAnalysis> all() {
        return new ArrayList<>(analyses.values());
    }

    int analysisReads() {
        return analysisReads.get();
    }

    @Override
    public Optional<TrackAnalysis> analysis(String trackId) {
        analysisReads.incrementAndGet();
        return Optional.ofNullable(analyses.get(trackId));
    }

    @Override
    public long revision() {
        return revision.get();
    }

    @Override
    public int size() {
        return analyses.size();
    }

    @Override
    public List<AnalysedTrack> catalogue() {
        throw new UnsupportedOperationException("not needed by the learners");
    }

    @Override
    public Optional<Track> track(String trackId) {
        throw new UnsupportedOperationException("not needed by the learners");
    }

    @Override
    public ImportReport importFolder(Path root, boolean followLinksOutside, Consumer<ImportProgress> progress) {
        throw new UnsupportedOperationException("not needed by the learners");
    }

    @Override
    public List<Track> tracks(int limit) {
        throw new UnsupportedOperationException("not needed by the learners");
    }

    @Override
    public List<Track> search(String text, int limit) {
        throw new UnsupportedOperationException("not needed by the learners");
    }

    @Override
    public TrackAnalysis setBpm(String trackId, double bpm) {
        throw new UnsupportedOperationException("not needed by the learners");
    }

    @Override
    public TrackAnalysis setKey(String trackId, MusicalKey key) {
        throw new UnsupportedOperationException("not needed by the learners");
    }

    @Override
    public TrackAnalysis lockBpm(String trackId, boolean locked) {
        throw new UnsupportedOperationException("not needed by the learners");
    }

    @Override
    public Path databaseFile() {
        throw new UnsupportedOperationException("not needed by the learners");
    }
}
