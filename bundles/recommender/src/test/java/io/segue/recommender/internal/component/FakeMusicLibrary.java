package io.segue.recommender.internal.component;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A music library in memory, for the recommender's tests: the recommender's contract is {@link MusicLibrary}'s
 * catalogue and revision, which this keeps exactly (every change bumps the revision); the rest is unsupported.
 */
final class FakeMusicLibrary implements MusicLibrary {

    private final List<AnalysedTrack> tracks = new ArrayList<>();
    private long revision = 1;
    private final AtomicInteger catalogueReads = new AtomicInteger();
    /** When set, catalogue() waits for it: a slow database. */
    private volatile CountDownLatch slowRead;
    private final CountDownLatch readStarted = new CountDownLatch(1);

    /** Adds a track with an analysis; {@code key} may be null, {@code bpm} and {@code energy} NaN. */
    synchronized FakeMusicLibrary add(String id, String artist, double bpm, MusicalKey key, double energy) {
        return add(id, artist, bpm, false, key, energy);
    }

    synchronized FakeMusicLibrary add(String id, String artist, double bpm, boolean bpmLocked, MusicalKey key,
            double energy) {
        Track track = track(id, artist);
        tracks.add(new AnalysedTrack(track, analysis(id, bpm, bpmLocked, key, energy)));
        revision++;
        return this;
    }

    /** Adds a track that has not been analysed. */
    synchronized FakeMusicLibrary addUnanalysed(String id, String artist) {
        tracks.add(new AnalysedTrack(track(id, artist), null));
        revision++;
        return this;
    }

    /** Replaces a track's analysis, as a user correction does. */
    synchronized void correct(String id, double bpm, boolean bpmLocked, MusicalKey key, double energy) {
        for (int i = 0; i < tracks.size(); i++) {
            if (tracks.get(i).track().id().equals(id)) {
                tracks.set(i, new AnalysedTrack(tracks.get(i).track(), analysis(id, bpm, bpmLocked, key, energy)));
                revision++;
                return;
            }
        }
        throw new IllegalArgumentException("no track " + id);
    }

    int catalogueReads() {
        return catalogueReads.get();
    }

    private static Track track(String id, String artist) {
        return new Track(id, "/music/" + id + ".wav", "Title " + id, artist, "", 300, 44100, 2, "wav");
    }

    private static TrackAnalysis analysis(String id, double bpm, boolean locked, MusicalKey key, double energy) {
        return new TrackAnalysis(id, "test", bpm, 0.9, locked, false, key, 0.8, false, -9, energy, 0.7, 0.1,
                Map.of());
    }

    /** Makes the next reads of the catalogue wait until {@code release} opens. */
    void slowDownReads(CountDownLatch release) {
        slowRead = release;
    }

    /** Waits until a slowed read has begun. */
    void awaitReadStarted() throws InterruptedException {
        if (!readStarted.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("nobody read the catalogue");
        }
    }

    @Override
    public List<AnalysedTrack> catalogue() {
        catalogueReads.incrementAndGet();
        List<AnalysedTrack> copy;
        synchronized (this) {
            copy = List.copyOf(tracks);
        }
        CountDownLatch release = slowRead;
        if (release != null) {
            readStarted.countDown();
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("the slow read was never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return copy;
    }

    @Override
    public synchronized long revision() {
        return revision;
    }

    @Override
    public synchronized int size() {
        return tracks.size();
    }

    @Override
    public synchronized Optional<Track> track(String trackId) {
        return tracks.stream().map(AnalysedTrack::track).filter(t -> t.id().equals(trackId)).findFirst();
    }

    @Override
    public synchronized Optional<TrackAnalysis> analysis(String trackId) {
        return tracks.stream().filter(t -> t.track().id().equals(trackId)).map(AnalysedTrack::analysis)
                .filter(a -> a != null).findFirst();
    }

    @Override
    public ImportReport importFolder(Path root, boolean followLinksOutside, Consumer<ImportProgress> progress) {
        throw new UnsupportedOperationException("not needed by the recommender");
    }

    @Override
    public List<Track> tracks(int limit) {
        throw new UnsupportedOperationException("not needed by the recommender");
    }

    @Override
    public List<Track> search(String text, int limit) {
        throw new UnsupportedOperationException("not needed by the recommender");
    }

    @Override
    public TrackAnalysis setBpm(String trackId, double bpm) {
        throw new UnsupportedOperationException("not needed by the recommender");
    }

    @Override
    public TrackAnalysis setKey(String trackId, MusicalKey key) {
        throw new UnsupportedOperationException("not needed by the recommender");
    }

    @Override
    public TrackAnalysis lockBpm(String trackId, boolean locked) {
        throw new UnsupportedOperationException("not needed by the recommender");
    }

    @Override
    public Path databaseFile() {
        throw new UnsupportedOperationException("not needed by the recommender");
    }
}
