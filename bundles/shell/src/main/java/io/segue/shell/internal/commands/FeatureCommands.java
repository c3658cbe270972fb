package io.segue.shell.internal.commands;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.FileAnalysis;
import io.segue.api.feature.StreamingPipeline;
import io.segue.shell.internal.format.AnalysisJson;
import io.segue.shell.internal.format.ExtractorFormat;
import io.segue.shell.internal.format.FeatureFormat;
import io.segue.shell.internal.format.FileAnalysisFormat;
import io.segue.shell.internal.format.MusicalSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code segue:extractors}, {@code features} and {@code analyze}: what the feature pipeline computes. */
@Component(service = FeatureCommands.class, immediate = true)
@GogoCommand(scope = "segue", function = {"extractors", "features", "analyze"})
public final class FeatureCommands {

    static final int MAX_FRAMES = 1000;

    private final StreamingPipeline pipeline;

    @Activate
    public FeatureCommands(@Reference(name = "pipeline") StreamingPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Descriptor("list feature extractors: id, name, version, outputs, inputs, ranking, bundle, active")
    public String extractors() {
        return ExtractorFormat.table(pipeline.extractors());
    }

    @Descriptor("show the newest feature frames of the live stream, oldest first")
    public String features(
            @Descriptor("how many frames, 1.." + MAX_FRAMES + " (default 5)")
            @Parameter(names = {"-n", "--count"}, absentValue = "5") String count) {
        int n = Arguments.intInRange("-n/--count", count, 1, MAX_FRAMES);
        List<FeatureFrame> frames = pipeline.latestFeatures(n);
        if (frames.isEmpty()) {
            return "no feature frames yet: is the stream running? try segue:start";
        }
        return FeatureFormat.frames(frames, FeatureFormat.descriptorsById(pipeline.extractors()));
    }

    @Descriptor("analyse an audio file with every active extractor, as fast as possible: tempo, key, loudness, "
            + "energy, onsets, beats and a summary of every feature")
    public String analyze(CommandSession session,
            @Descriptor("print the whole-file summary and every frame's features as one JSON document instead")
            @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("also write every frame's features to this CSV file, and the summary next to it "
                    + "(name.summary.csv)")
            @Parameter(names = "--csv", absentValue = "") String csv,
            @Descriptor("the audio file, relative to the shell's current directory") String file)
            throws IOException {
        Path audio = resolve(session, file);
        Path csvOut = csv.isEmpty() ? null : resolve(session, csv);
        if (csvOut != null && Files.isDirectory(csvOut)) {
            throw new IOException("--csv " + csvOut + ": is a directory; give a file name such as frames.csv");
        }
        Path csvDir = csvOut == null ? null : csvOut.toAbsolutePath().getParent();
        if (csvDir != null && !Files.isDirectory(csvDir)) {
            throw new IOException("--csv " + csvOut + ": no such directory " + csvDir);
        }
        Map<String, ExtractorDescriptor> descriptors = FeatureFormat.descriptorsById(pipeline.extractors());
        StringBuilder frames = json ? new StringBuilder() : null;
        // the CSV goes to a temporary file first, so a failed analysis leaves an existing file as it was
        Path csvTemp = csvOut == null ? null
                : Files.createTempFile(csvDir, ".segue-", ".csv.tmp");
        try (Writer csvWriter = csvTemp == null ? null : Files.newBufferedWriter(csvTemp, StandardCharsets.UTF_8)) {
            AnalysisRecorder recorder = new AnalysisRecorder(descriptors, csvWriter, frames);
            FileAnalysis analysis;
            try {
                // the pipeline names a missing file, a directory or an unreadable format itself
                analysis = pipeline.analyze(audio, recorder);
            } catch (UncheckedIOException e) {
                throw new IOException("--csv " + csvOut + ": cannot write: " + e.getCause().getMessage(), e);
            }
            MusicalSummary music = MusicalSummary.of(analysis, recorder.onsetCount(), recorder.beatCount());
            String written = "";
            if (csvWriter != null) {
                csvWriter.close();
                Files.move(csvTemp, csvOut, StandardCopyOption.REPLACE_EXISTING);
                Path summaryOut = summaryPathFor(csvOut);
                Files.writeString(summaryOut, AnalysisJson.summaryCsv(analysis.summaries()), StandardCharsets.UTF_8);
                written = "\n\nwrote " + analysis.frames() + " frames to " + csvOut + ", the summary to " + summaryOut;
            }
            if (json) {
                return AnalysisJson.document(analysis, music, recorder.onsetTimes(), recorder.beatTimes(), frames);
            }
            return FileAnalysisFormat.report(analysis, music) + written;
        } finally {
            if (csvTemp != null) {
                Files.deleteIfExists(csvTemp);
            }
        }
    }

    /** {@code frames.csv} → {@code frames.summary.csv}; a name without extension gets {@code .summary.csv}. */
    static Path summaryPathFor(Path csv) {
        String name = csv.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return csv.resolveSibling(base + ".summary.csv");
    }

    private static Path resolve(CommandSession session, String file) {
        Path path = Path.of(file);
        Path currentDir = session == null ? null : session.currentDir();
        return currentDir == null ? path : currentDir.resolve(path);
    }
}
