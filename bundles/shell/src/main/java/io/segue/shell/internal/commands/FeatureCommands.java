package io.segue.shell.internal.commands;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.StreamingPipeline;
import io.segue.shell.internal.format.ExtractorFormat;
import io.segue.shell.internal.format.FeatureFormat;
import io.segue.shell.internal.format.FileAnalysisFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

    @Descriptor("analyse an audio file with every active extractor, as fast as possible, and summarize each feature")
    public String analyze(CommandSession session,
            @Descriptor("the audio file, relative to the shell's current directory") String file)
            throws IOException {
        // the pipeline names a missing file, a directory or an unreadable format itself
        return FileAnalysisFormat.report(pipeline.analyze(resolve(session, file)));
    }

    private static Path resolve(CommandSession session, String file) {
        Path path = Path.of(file);
        Path currentDir = session == null ? null : session.currentDir();
        return currentDir == null ? path : currentDir.resolve(path);
    }
}
