package io.segue.api.feature;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns the live stream into feature frames: frames the mono stream (window 2048, hop 512 by default), computes
 * the Hann-windowed magnitude spectrum once per hop, runs every {@link FeatureExtractor} service's processor on the
 * same frame, then publishes the {@link FeatureFrame} to every {@link FeatureListener} service and to a bounded
 * features queue (the newest frames win; overwritten frames are counted).
 *
 * <p>Clients use this service for features; they do not run extractors themselves.
 *
 * <p>Threading: all methods may be called from any thread. The live analysis runs on the stream's analysis thread.
 */
@ProviderType
public interface StreamingPipeline {

    /** The framing, counters and extractors now. */
    PipelineStatus status();

    /** Every extractor service present, active or not, ordered by id. */
    List<ExtractorInfo> extractors();

    /** Copies of the newest {@code count} frames of the features queue, oldest first, without taking them. */
    List<FeatureFrame> latestFeatures(int count);

    /**
     * Takes the oldest frame of the features queue, waiting up to {@code timeout} for one.
     *
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    Optional<FeatureFrame> takeFeatures(Duration timeout) throws InterruptedException;

    /**
     * Tells the predictors that a track from the library starts playing now, with what the library knows of its
     * tempo and first beat (NaN for unknown): they receive it as a {@link io.segue.api.predict.TrackCue} whose
     * {@code startSeconds} is the stream time of the newest sample, on their own thread, before the next frame.
     * Before the first stream, or without a predictor, it does nothing.
     */
    void cueTrack(String trackId, double bpm, double firstBeatSeconds);

    /**
     * Analyses an audio file as fast as possible with the configured window and hop at the file's own sample rate
     * (downmixed to mono) and every active extractor, on the calling thread. The live stream is not affected.
     *
     * @throws java.nio.file.NoSuchFileException when the file does not exist
     * @throws IOException                       when no decoder reads the file's format, or it is corrupt; the
     *                                           message names the file and the problem
     */
    default FileAnalysis analyze(Path file) throws IOException {
        return analyze(file, frame -> {
        });
    }

    /**
     * As {@link #analyze(Path)}, handing every frame to {@code frames} as it is computed (on the calling thread;
     * the frame is valid only during the call, as for a {@link FeatureListener}). An exception thrown by
     * {@code frames} stops the analysis and is thrown on to the caller.
     */
    FileAnalysis analyze(Path file, FeatureListener frames) throws IOException;
}
