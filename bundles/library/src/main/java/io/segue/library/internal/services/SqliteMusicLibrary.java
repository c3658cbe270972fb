package io.segue.library.internal.services;

import static org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import io.segue.api.audio.AudioFileDecoder;
import io.segue.api.feature.MusicalKey;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.library.AnalysedTrack;
import io.segue.api.library.ImportProgress;
import io.segue.api.library.ImportReport;
import io.segue.api.library.MusicLibrary;
import io.segue.api.library.TagReader;
import io.segue.api.library.Track;
import io.segue.api.library.TrackAnalysis;
import io.segue.library.internal.catalogue.TrackRecords;
import io.segue.library.internal.importer.FolderImport;
import io.segue.library.internal.store.LibraryDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The music library on its SQLite file: tracks, analyses and corrections; imports analyse files on a pool of its
 * own (one thread per core unless configured), created at activation and shut down at deactivation.
 *
 * <p>The decoders only tell which files are audio (their extensions); the pipeline decodes with its own.
 */
@Component(service = MusicLibrary.class, immediate = true)
public final class SqliteMusicLibrary implements MusicLibrary {

    private static final double MIN_BPM = 20;
    private static final double MAX_BPM = 400;

    private final LibraryDatabase database;
    private final FolderImport importer;
    private final ExecutorService pool;
    /** Read once per import, changed by SCR on its threads. */
    private final List<AudioFileDecoder> decoders = new CopyOnWriteArrayList<>();
    private final List<TagReader> tagReaders = new CopyOnWriteArrayList<>();

    @Activate
    public SqliteMusicLibrary(@Reference LibraryDatabase database, @Reference StreamingPipeline pipeline,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.database = database;
        this.pool = Executors.newFixedThreadPool(database.importThreads(), new ImportThreads());
        this.importer = new FolderImport(database, pipeline, pool, log);
    }

    @Deactivate
    public void close() {
        pool.shutdownNow();
    }

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC, policyOption = GREEDY)
    public void addDecoder(AudioFileDecoder decoder) {
        decoders.add(decoder);
    }

    public void removeDecoder(AudioFileDecoder decoder) {
        decoders.remove(decoder);
    }

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC, policyOption = GREEDY)
    public void addTagReader(TagReader reader) {
        tagReaders.add(reader);
    }

    public void removeTagReader(TagReader reader) {
        tagReaders.remove(reader);
    }

    @Override
    public ImportReport importFolder(Path root, boolean followLinksOutside, Consumer<ImportProgress> progress)
            throws IOException {
        Objects.requireNonNull(root, "root");
        Set<String> extensions = new TreeSet<>();
        decoders.forEach(d -> extensions.addAll(d.extensions()));
        Map<String, TagReader> readers = new HashMap<>();
        for (TagReader reader : tagReaders) {
            reader.extensions().forEach(e -> readers.putIfAbsent(e, reader));
        }
        return importer.run(root, followLinksOutside, extensions, readers, progress);
    }

    @Override
    public List<Track> tracks(int limit) {
        return database.read(c -> TrackRecords.tracks(c, limit));
    }

    @Override
    public int size() {
        return database.read(TrackRecords::count);
    }

    @Override
    public Optional<Track> track(String trackId) {
        long id = id(trackId);
        return id < 0 ? Optional.empty() : database.read(c -> TrackRecords.track(c, id));
    }

    @Override
    public List<Track> search(String text, int limit) {
        Objects.requireNonNull(text, "text");
        return database.read(c -> TrackRecords.search(c, text, limit));
    }

    @Override
    public Optional<TrackAnalysis> analysis(String trackId) {
        long id = id(trackId);
        return id < 0 ? Optional.empty() : database.read(c -> TrackRecords.analysis(c, id));
    }

    /** The analyses come without their feature summaries (see {@link TrackRecords#catalogue}). */
    @Override
    public List<AnalysedTrack> catalogue() {
        return database.read(TrackRecords::catalogue);
    }

    @Override
    public long revision() {
        return database.revision();
    }

    @Override
    public TrackAnalysis setBpm(String trackId, double bpm) throws IOException {
        if (!(bpm >= MIN_BPM && bpm <= MAX_BPM)) {
            throw new IllegalArgumentException("BPM must be in " + (int) MIN_BPM + ".." + (int) MAX_BPM + ", was "
                    + bpm);
        }
        return correct(trackId, "bpm = ?, bpm_confidence = 1, bpm_edited = 1", bpm);
    }

    @Override
    public TrackAnalysis setKey(String trackId, MusicalKey key) throws IOException {
        Objects.requireNonNull(key, "key");
        return correct(trackId, "musical_key = ?, camelot = ?, key_strength = 1, key_edited = 1", key.name(),
                key.camelot());
    }

    @Override
    public TrackAnalysis lockBpm(String trackId, boolean locked) throws IOException {
        return correct(trackId, "bpm_locked = ?", locked ? 1 : 0);
    }

    @Override
    public Path databaseFile() {
        return database.file();
    }

    private TrackAnalysis correct(String trackId, String assignments, Object... values) throws IOException {
        long id = id(trackId);
        // thrown inside the transaction, so that it rolls back and the revision stays
        return database.write(true, c -> {
            if (id < 0 || !TrackRecords.correct(c, id, assignments, values)) {
                throw new IllegalArgumentException("no track with id '" + trackId + "'");
            }
            return TrackRecords.analysis(c, id).orElseThrow();
        });
    }

    /** A track id is the row's number; anything else names no track (-1). */
    private static long id(String trackId) {
        try {
            return trackId == null ? -1 : Long.parseLong(trackId.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Named import threads, daemons so that an import in progress never holds the JVM up at shutdown. */
    private static final class ImportThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "segue-library-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
