package io.segue.api.library;

import io.segue.api.feature.MusicalKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The user's music library: tracks, their analyses and the user's corrections, stored durably (one SQLite file).
 *
 * <p>Threading: all methods may be called from any thread.
 */
@ProviderType
public interface MusicLibrary {

    /**
     * Imports the audio files under {@code root}, recursively: reads their tags, analyses them in parallel and
     * stores both. Unchanged files (same size, modification time and content hash) are skipped; a file that cannot
     * be read is reported in the result and skipped, and the import goes on. Links that lead outside {@code root}
     * are not followed unless {@code followLinksOutside}.
     *
     * @param progress told after each file, on the importing threads
     * @throws IOException when {@code root} is not a readable directory
     */
    ImportReport importFolder(Path root, boolean followLinksOutside, Consumer<ImportProgress> progress)
            throws IOException;

    /** Tracks in the library, at most {@code limit}, ordered by artist then title. */
    List<Track> tracks(int limit);

    /** The number of tracks. */
    int size();

    /** The track with this id. */
    Optional<Track> track(String trackId);

    /** Tracks whose title, artist or album contains {@code text} (case-insensitive), at most {@code limit}. */
    List<Track> search(String text, int limit);

    /** The stored analysis of a track, when it has one. */
    Optional<TrackAnalysis> analysis(String trackId);

    /**
     * Every track with its analysis, for a recommender; with {@link #revision()} to know when to read it again.
     */
    List<AnalysedTrack> catalogue();

    /** A number that changes whenever a track or an analysis is added, changed or removed. */
    long revision();

    /**
     * Sets a track's tempo by hand (a re-analysis keeps it).
     *
     * @throws IllegalArgumentException when there is no such track, or the BPM is not in 20..400
     */
    TrackAnalysis setBpm(String trackId, double bpm) throws IOException;

    /**
     * Sets a track's key by hand (a re-analysis keeps it).
     *
     * @throws IllegalArgumentException when there is no such track
     */
    TrackAnalysis setKey(String trackId, MusicalKey key) throws IOException;

    /**
     * Locks or unlocks a track's tempo: a locked tempo is never folded to half or double by a recommender.
     *
     * @throws IllegalArgumentException when there is no such track
     */
    TrackAnalysis lockBpm(String trackId, boolean locked) throws IOException;

    /** The library's database file. */
    Path databaseFile();
}
