package io.segue.api.feature;

/** What an extractor reads from each {@link AnalysisFrame}. */
public enum InputDomain {
    /** The window's raw samples, {@link AnalysisFrame#samples()}. */
    WAVEFORM,
    /**
     * The magnitude spectrum of the Hann-windowed samples, {@link AnalysisFrame#magnitudes()}. The pipeline
     * computes it once per frame only when some extractor declares this need.
     */
    MAGNITUDE_SPECTRUM
}
