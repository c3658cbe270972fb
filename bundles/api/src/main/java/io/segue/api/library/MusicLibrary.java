package io.segue.api.library;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The user's music library: tracks and their analyses, stored durably.
 *
 * <p>Threading: all methods may be called from any thread.
 */
@ProviderType
public interface MusicLibrary {

    /** Tracks in the library, at most {@code limit}, ordered by artist then title. */
    List<Track> tracks(int limit);

    /** The track with this id. */
    Optional<Track> track(String trackId);

    /** Tracks whose title, artist or album contains {@code text} (case-insensitive), at most {@code limit}. */
    List<Track> search(String text, int limit);

    /** The stored analysis of a track, when it has one. */
    Optional<TrackAnalysis> analysis(String trackId);
}
