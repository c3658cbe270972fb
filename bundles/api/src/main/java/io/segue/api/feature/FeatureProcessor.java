package io.segue.api.feature;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One stream's running computation of a {@link FeatureExtractor}. Created for a fixed {@link AnalysisFormat}; a
 * host that changes the framing creates a new processor.
 *
 * <p>Lifecycle: {@link FeatureExtractor#createProcessor} → {@link #process} once per frame, in stream order →
 * optionally {@link #reset()} (a new signal begins) → {@code process} again … → dropped.
 *
 * <p>Threading: confined to one thread at a time; the host never calls it concurrently.
 *
 * <p>Real time: {@code process} runs on the analysis thread for every hop (about 43 times a second at the
 * defaults). It must not block, do I/O, or allocate in the steady state: allocate in the constructor.
 */
@ConsumerType
public interface FeatureProcessor {

    /**
     * Computes the frame's values.
     *
     * @param frame  the current window; valid only during the call
     * @param values receives {@link ExtractorDescriptor#valueCount()} values from index 0, outputs in descriptor
     *               order; owned by the host
     */
    void process(AnalysisFrame frame, float[] values);

    /** Forgets every earlier frame, as if just created. */
    void reset();
}
