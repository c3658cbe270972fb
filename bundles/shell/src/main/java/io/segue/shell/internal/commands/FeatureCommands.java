package io.segue.shell.internal.commands;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.FileAnalysis;
import io.segue.api.feature.StreamingPipeline;
import io.segue.shell.internal.format.AnalysisCsv;
import io.segue.shell.internal.format.AnalysisJson;
import io.segue.shell.internal.format.ExtractorFormat;
import io.segue.shell.internal.format.FeatureFormat;
import io.segue.shell.internal.format.FileAnalysisFormat;
import io.segue.shell.internal.format.MusicalSummary;
import java.io.IOException;
import java.nio.file.Path;
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
            @Descriptor("also write the whole-file summary and every frame's features to this JSON file; - prints "
                    + "the JSON alone instead of the report")
            @Parameter(names = "--json", absentValue = "") String json,
            @Descriptor("also write every frame's features to this CSV file, and the summary beside it "
                    + "(frames.csv: frames.summary.csv)")
            @Parameter(names = "--csv", absentValue = "") String csv,
            @Descriptor("the audio file, relative to the shell's current directory") String file)
            throws IOException {
        Path audio = resolve(session, file);
        Map<String, ExtractorDescriptor> descriptors = FeatureFormat.descriptorsById(pipeline.extractors());
        try (ExportFile csvFile = csv.isEmpty() ? null : ExportFile.open("--csv", resolve(session, csv), audio);
                ExportFile summaryFile = csvFile == null ? null
                        : ExportFile.open("--csv", summaryPathFor(csvFile.target()), audio);
                ExportFile jsonFile = json.isEmpty() ? null
                        : json.equals("-") ? ExportFile.standardOutput(System.out)
                        : ExportFile.open("--json", resolve(session, json), audio)) {
            if (jsonFile != null) {
                jsonFile.writer().write(AnalysisJson.BEGIN);
            }
            AnalysisRecorder recorder = new AnalysisRecorder(descriptors,
                    csvFile == null ? null : csvFile.writer(), jsonFile == null ? null : jsonFile.writer());
            FileAnalysis analysis;
            try {
                // the pipeline names a missing file, a directory or an unreadable format itself
                analysis = pipeline.analyze(audio, recorder);
            } catch (AnalysisRecorder.OutputFailure e) {
                ExportFile failed = csvFile != null && e.writer == csvFile.writer() ? csvFile : jsonFile;
                throw new IOException((failed == csvFile ? "--csv " : "--json ") + failed.target()
                        + ": cannot write: " + e.getCause().getMessage(), e.getCause());
            }
            MusicalSummary music = MusicalSummary.of(analysis, recorder.onsetCount(), recorder.beatCount());
            StringBuilder report = new StringBuilder(FileAnalysisFormat.report(analysis, music));
            if (csvFile != null) {
                summaryFile.writer().write(AnalysisCsv.summary(analysis.summaries()));
                csvFile.commit();
                summaryFile.commit();
                report.append("\n\nwrote ").append(analysis.frames()).append(" frames to ").append(csvFile.target())
                        .append(", the summary to ").append(summaryFile.target());
            }
            if (jsonFile != null) {
                jsonFile.writer().write(AnalysisJson.end(analysis, music, recorder.onsetTimes(),
                        recorder.beatTimes()));
                jsonFile.commit();
                if (jsonFile.target() == null) {
                    // the JSON was the output: nothing may follow it on standard output
                    return null;
                }
                report.append(csvFile == null ? "\n\n" : "\n").append("wrote the summary and ")
                        .append(analysis.frames()).append(" frames to ").append(jsonFile.target());
            }
            return report.toString();
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
