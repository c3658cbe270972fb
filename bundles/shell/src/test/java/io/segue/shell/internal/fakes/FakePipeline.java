package io.segue.shell.internal.fakes;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorInfo;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.FeatureListener;
import io.segue.api.feature.FileAnalysis;
import io.segue.api.feature.PipelineStatus;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.stream.LatencyStats;
import io.segue.api.stream.QueueStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A pipeline of canned answers. {@link #takeFeatures} moves a {@link FakeClock}: a queued frame arrives after
 * {@code frameInterval}; with none queued (or a longer interval than the wait) the whole timeout passes.
 * {@link #analyze} refuses a missing file or a directory as the real pipeline does, with the same exceptions.
 */
public final class FakePipeline implements StreamingPipeline {

    private final FakeClock clock;
    private final Duration frameInterval;
    private final Deque<FeatureFrame> queue = new ArrayDeque<>();
    private final List<Duration> waits = new ArrayList<>();
    private List<ExtractorInfo> extractors = List.of();
    private List<FeatureFrame> latest = List.of();
    private PipelineStatus status = new PipelineStatus(new AnalysisFormat(22050, 2048, 512), 0, 0, 0, 100, 0,
            QueueStats.empty(50), LatencyStats.none(), List.of(), null, null);
    private FileAnalysis analysis;
    private List<FeatureFrame> analysisFrames = List.of();
    private IOException analysisFailure;
    private Path analyzed;
    private int requestedCount;

    public FakePipeline() {
        this(new FakeClock(), Duration.ofMillis(23));
    }

    public FakePipeline(FakeClock clock, Duration frameInterval) {
        this.clock = clock;
        this.frameInterval = frameInterval;
    }

    public FakePipeline withExtractors(ExtractorInfo... extractors) {
        this.extractors = List.of(extractors);
        return this;
    }

    public FakePipeline withLatest(FeatureFrame... frames) {
        this.latest = List.of(frames);
        return this;
    }

    public FakePipeline queue(FeatureFrame... frames) {
        queue.addAll(List.of(frames));
        return this;
    }

    public FakePipeline withStatus(PipelineStatus status) {
        this.status = status;
        return this;
    }

    /** {@link #analyze} hands {@code frames} to its listener, then returns {@code analysis}. */
    public FakePipeline analyzing(FileAnalysis analysis, FeatureFrame... frames) {
        this.analysis = analysis;
        this.analysisFrames = List.of(frames);
        return this;
    }

    public FakePipeline failingAnalysis(IOException failure) {
        this.analysisFailure = failure;
        return this;
    }

    /** The path the last {@link #analyze} call was given, or {@code null}. */
    public Path analyzed() {
        return analyzed;
    }

    /** The count the last {@link #latestFeatures} call asked for. */
    public int requestedCount() {
        return requestedCount;
    }

    /** Every timeout {@link #takeFeatures} was called with, in order. */
    public List<Duration> waits() {
        return waits;
    }

    @Override
    public PipelineStatus status() {
        return status;
    }

    @Override
    public void cueTrack(String trackId, double bpm, double firstBeatSeconds) {
        throw new UnsupportedOperationException("the shell does not cue tracks");
    }

    @Override
    public List<ExtractorInfo> extractors() {
        return extractors;
    }

    @Override
    public List<FeatureFrame> latestFeatures(int count) {
        requestedCount = count;
        return latest.subList(Math.max(0, latest.size() - count), latest.size());
    }

    @Override
    public Optional<FeatureFrame> takeFeatures(Duration timeout) {
        waits.add(timeout);
        if (queue.isEmpty() || frameInterval.compareTo(timeout) > 0) {
            clock.advance(timeout);
            return Optional.empty();
        }
        clock.advance(frameInterval);
        return Optional.of(queue.poll());
    }

    @Override
    public FileAnalysis analyze(Path file, FeatureListener frames) throws IOException {
        analyzed = file;
        // the checks and messages of the real pipeline (LivePipeline.analyze)
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a directory, not an audio file");
        }
        if (analysisFailure != null) {
            throw analysisFailure;
        }
        analysisFrames.forEach(frames::onFeatures);
        return analysis;
    }
}
