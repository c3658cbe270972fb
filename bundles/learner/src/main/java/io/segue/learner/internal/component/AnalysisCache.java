package io.segue.learner.internal.component;

import io.segue.api.library.MusicLibrary;
import io.segue.api.library.TrackAnalysis;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library's analyses as a scorer needs them: a recommender asks about one current track against many
 * candidates, each a database read without this. Entries belong to one library {@link MusicLibrary#revision()
 * revision} and are dropped when it changes; at {@code capacity} entries the cache starts over (a bound, not an
 * eviction policy: a recommendation touches far fewer tracks). Reads take no lock.
 */
final class AnalysisCache {

    private final MusicLibrary library;
    private final int capacity;
    private volatile Entries entries = new Entries(Long.MIN_VALUE, new ConcurrentHashMap<>());

    AnalysisCache(MusicLibrary library, int capacity) {
        this.library = library;
        this.capacity = capacity;
    }

    Optional<TrackAnalysis> analysis(String trackId) {
        // the revision first: an analysis read after it is at least as new as the revision it is filed under
        long revision = library.revision();
        Entries current = entries;
        if (current.revision != revision) {
            current = new Entries(revision, new ConcurrentHashMap<>());
            entries = current;
        }
        Optional<TrackAnalysis> analysis = current.byTrack.get(trackId);
        if (analysis == null) {
            analysis = library.analysis(trackId);
            if (current.byTrack.size() >= capacity) {
                current.byTrack.clear();
            }
            current.byTrack.put(trackId, analysis);
        }
        return analysis;
    }

    private record Entries(long revision, Map<String, Optional<TrackAnalysis>> byTrack) {
    }
}
