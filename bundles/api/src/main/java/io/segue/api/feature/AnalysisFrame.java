package io.segue.api.feature;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One window of the stream, handed to every extractor's processor in turn. The pipeline fills it once per hop;
 * the spectrum is computed once and shared.
 *
 * <p>Buffer ownership: the arrays are the pipeline's, valid only during {@link FeatureProcessor#process} and must
 * not be modified. Copy what you keep.
 */
@ProviderType
public interface AnalysisFrame {

    /** The framing: sample rate, window and hop size. */
    AnalysisFormat format();

    /** The frame's number since the stream (or file) started, from 0. */
    long index();

    /**
     * The stream position of the window's first sample, in samples. Consecutive frames are {@code hopSize} apart;
     * after a change of framing or a gap (dropped chunks) the distance differs.
     */
    long startSample();

    /** The stream time of the window's first sample, in seconds. */
    default double startSeconds() {
        return (double) startSample() / format().sampleRateHz();
    }

    /** {@link System#nanoTime()} when the device delivered the newest sample of the window; 0 for files. */
    long captureNanos();

    /** The window's samples in [-1, 1], oldest first, {@code windowSize} of them, not windowed. */
    float[] samples();

    /**
     * The magnitudes of the DFT of the Hann-windowed samples, {@code windowSize / 2 + 1} bins from 0 Hz to
     * Nyquist, not normalized (a full-scale sine of an exact bin frequency reads about {@code windowSize / 4}).
     * Filled only when some extractor declares {@link InputDomain#MAGNITUDE_SPECTRUM}.
     */
    float[] magnitudes();
}
