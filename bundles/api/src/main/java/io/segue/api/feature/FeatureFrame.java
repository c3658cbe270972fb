package io.segue.api.feature;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The values every extractor computed for one analysis frame.
 *
 * <p>Frames passed to a {@link FeatureListener} are views owned by the pipeline: valid only during the call.
 * {@link #copy()} gives an immutable frame to keep. Frames returned by {@link StreamingPipeline} methods are
 * already copies.
 */
@ProviderType
public interface FeatureFrame {

    /** The analysis frame's number since the stream started. */
    long index();

    /** The stream time of the window's first sample, in seconds. */
    double startSeconds();

    /** {@link System#nanoTime()} when the device delivered the newest sample of the window; 0 for files. */
    long captureNanos();

    /** The ids of the extractors whose values this frame carries, in a stable order. */
    List<String> extractorIds();

    /**
     * The values of extractor {@code extractorId}, laid out as its {@link ExtractorDescriptor#outputs()}, or
     * {@code null} when the frame has none from it. NaN values are missing: the extractor failed on this frame.
     * The array belongs to the frame: do not modify it.
     */
    float[] values(String extractorId);

    /** An immutable copy that stays valid after the call it was handed to. */
    FeatureFrame copy();
}
