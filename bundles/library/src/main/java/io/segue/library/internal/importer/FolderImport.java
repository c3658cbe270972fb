package io.segue.library.internal.importer;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.ExtractorInfo;
import io.segue.api.feature.FileAnalysis;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.library.ImportProgress;
import io.segue.api.library.ImportReport;
import io.segue.api.library.ImportReport.ImportFailure;
import io.segue.api.library.TagReader;
import io.segue.api.library.TrackTags;
import io.segue.library.internal.catalogue.FileStamp;
import io.segue.library.internal.catalogue.ImportedFile;
import io.segue.library.internal.catalogue.Measurements;
import io.segue.library.internal.catalogue.TrackRecords;
import io.segue.library.internal.store.LibraryDatabase;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.osgi.service.log.Logger;

/**
 * One import of a folder: finds the audio files, then on the pool, for each file, stamps it (size, modification
 * time, {@link ContentHash}), skips it when the library holds the same stamp, else reads its tags, analyses it with
 * the pipeline and stores track and analysis in one transaction. A file that fails anywhere becomes an
 * {@link ImportFailure} with the reason; nothing of it is written, and what the library held for it stays.
 */
public final class FolderImport {

    private final LibraryDatabase database;
    private final StreamingPipeline pipeline;
    private final ExecutorService pool;
    private final Logger log;

    private enum Result { IMPORTED, SKIPPED, FAILED }

    private record Outcome(Result result, double audioSeconds, ImportFailure failure) {
    }

    public FolderImport(LibraryDatabase database, StreamingPipeline pipeline, ExecutorService pool, Logger log) {
        this.database = database;
        this.pipeline = pipeline;
        this.pool = pool;
        this.log = log;
    }

    /**
     * @param extensions the extensions decoders read: which files are audio
     * @param tagReaders by extension
     * @param progress   told after each file, on the pool's threads, one call at a time
     * @throws IOException when {@code root} is not a readable folder, or the calling thread is interrupted
     *                     ({@link InterruptedIOException}: files not begun are left)
     */
    public ImportReport run(Path root, boolean followLinksOutside, Set<String> extensions,
            Map<String, TagReader> tagReaders, Consumer<ImportProgress> progress) throws IOException {
        long started = System.nanoTime();
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": " + (Files.exists(root) ? "not a folder" : "no such folder"));
        }
        if (!Files.isReadable(root)) {
            throw new IOException(root + ": the folder cannot be read (permission denied)");
        }
        FolderScan.Found found = FolderScan.scan(root, extensions, followLinksOutside);
        Map<String, ExtractorDescriptor> descriptors = pipeline.extractors().stream().filter(ExtractorInfo::active)
                .map(ExtractorInfo::descriptor).collect(Collectors.toMap(ExtractorDescriptor::id, d -> d, (a, b) -> a));
        Tally tally = new Tally(found.files().size(), started, progress, log);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Path file : found.files()) {
            futures.add(pool.submit(() -> tally.done(file, importOne(file, descriptors, tagReaders))));
        }
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("import of " + root + " interrupted after " + outcomes.size() + " of "
                    + futures.size() + " files");
        } catch (ExecutionException e) {
            throw new IllegalStateException("an import task failed outside its own handling", e.getCause());
        }
        List<ImportFailure> failures = new ArrayList<>(found.notRead());
        int imported = 0;
        int skipped = 0;
        double seconds = 0;
        for (Outcome outcome : outcomes) {
            switch (outcome.result()) {
                case IMPORTED -> imported++;
                case SKIPPED -> skipped++;
                case FAILED -> failures.add(outcome.failure());
            }
            seconds += outcome.audioSeconds();
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        return new ImportReport(root.toString(), imported, skipped, failures, seconds, elapsedMillis);
    }

    private Outcome importOne(Path file, Map<String, ExtractorDescriptor> descriptors,
            Map<String, TagReader> tagReaders) {
        String path = file.toAbsolutePath().normalize().toString();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            FileStamp stamp = new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis(),
                    ContentHash.of(file));
            Optional<FileStamp> stored = database.read(c -> TrackRecords.stamp(c, path));
            if (stored.isPresent() && stored.get().equals(stamp)) {
                return new Outcome(Result.SKIPPED, 0, null);
            }
            String extension = FolderScan.extension(file);
            TrackTags tags = tags(file, tagReaders.get(extension));
            ExtractorDescriptor tempo = descriptors.get(AnalysisReading.TEMPO);
            BeatCollector beats = new BeatCollector(AnalysisReading.TEMPO,
                    tempo == null ? -1 : tempo.offsetOf(AnalysisReading.BEAT));
            FileAnalysis analysis = pipeline.analyze(file, beats);
            analysis.problems().forEach(problem -> log.warn("{}: {}", path, problem));
            Measurements measurements = AnalysisReading.read(analysis, descriptors, beats, tags);
            String title = tags.title().isBlank() ? baseName(file) : tags.title();
            ImportedFile imported = new ImportedFile(path, stamp, tags, title, extension,
                    analysis.durationSeconds(), analysis.sourceFormat().sampleRateHz(),
                    analysis.sourceFormat().channels(), measurements);
            long now = System.currentTimeMillis();
            database.write(true, c -> TrackRecords.save(c, imported, now));
            return new Outcome(Result.IMPORTED, analysis.durationSeconds(), null);
        } catch (IOException e) {
            return failed(path, FolderScan.describe(e, path));
        } catch (UncheckedIOException e) {
            return failed(path, FolderScan.describe(e.getCause(), path));
        } catch (RuntimeException e) {
            // a decoder or extractor bug must not end the import: the file is reported with what went wrong
            log.error("{}: import failed", path, e);
            return failed(path, e.toString());
        }
    }

    private static Outcome failed(String path, String reason) {
        return new Outcome(Result.FAILED, 0, new ImportFailure(path, reason));
    }

    /** The file's tags; tags that cannot be read are logged and left out, the audio is still imported. */
    private TrackTags tags(Path file, TagReader reader) {
        if (reader == null) {
            return TrackTags.NONE;
        }
        try {
            TrackTags tags = reader.read(file);
            return tags == null ? TrackTags.NONE : tags;
        } catch (IOException | RuntimeException e) {
            log.warn("{}: tags not read, imported without them: {}", file, e.getMessage());
            return TrackTags.NONE;
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** Counts finished files and tells the progress listener, one call at a time so that the counts only grow. */
    private static final class Tally {

        private final int total;
        private final long startedNanos;
        private final Consumer<ImportProgress> listener;
        private final Logger log;
        private int done;
        private double audioSeconds;

        Tally(int total, long startedNanos, Consumer<ImportProgress> listener, Logger log) {
            this.total = total;
            this.log = log;
            this.startedNanos = startedNanos;
            this.listener = listener == null ? p -> {
            } : listener;
        }

        synchronized Outcome done(Path file, Outcome outcome) {
            done++;
            audioSeconds += outcome.audioSeconds();
            try {
                listener.accept(new ImportProgress(done, total, audioSeconds,
                        (System.nanoTime() - startedNanos) / 1_000_000, file.toString()));
            } catch (RuntimeException e) {
                // a failing progress display must not fail the import
                log.warn("import progress listener failed: {}", e.toString());
            }
            return outcome;
        }
    }
}
