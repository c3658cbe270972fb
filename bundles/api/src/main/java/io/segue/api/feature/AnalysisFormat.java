package io.segue.api.feature;

/**
 * How the pipeline frames the stream: a window of {@code windowSize} samples every {@code hopSize} samples, at
 * {@code sampleRateHz}. The spectrum of each window has {@code windowSize / 2 + 1} bins, bin {@code k} centred at
 * {@code k * sampleRateHz / windowSize} Hz.
 *
 * @param sampleRateHz samples per second of the (mono) stream
 * @param windowSize   samples per analysis window, a power of two
 * @param hopSize      samples between the starts of consecutive windows, 1..windowSize
 */
public record AnalysisFormat(int sampleRateHz, int windowSize, int hopSize) {

    public AnalysisFormat {
        if (sampleRateHz <= 0) {
            throw new IllegalArgumentException("sampleRateHz must be positive, was " + sampleRateHz);
        }
        if (windowSize < 2 || Integer.bitCount(windowSize) != 1) {
            throw new IllegalArgumentException("windowSize must be a power of two >= 2, was " + windowSize);
        }
        if (hopSize < 1 || hopSize > windowSize) {
            throw new IllegalArgumentException(
                    "hopSize must be in 1.." + windowSize + " (the window size), was " + hopSize);
        }
    }

    /** Bins of the magnitude spectrum: {@code windowSize / 2 + 1}, from 0 Hz to the Nyquist frequency. */
    public int spectrumSize() {
        return windowSize / 2 + 1;
    }

    /** The centre frequency of spectrum bin {@code bin}, in Hz. */
    public double binFrequencyHz(int bin) {
        return (double) bin * sampleRateHz / windowSize;
    }

    /** Analysis frames per second of audio. */
    public double framesPerSecond() {
        return (double) sampleRateHz / hopSize;
    }
}
