package io.segue.stream.internal.pipeline;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Frames a mono stream into overlapping windows, computes each window's spectrum once when some extractor needs
 * it, and runs every processor of the current {@link ExtractorSet} on the frame. Plain Java, driven by whoever
 * feeds it: the analysis thread for the live stream, the caller for a file.
 *
 * <p>Confined to one thread. Allocates nothing per chunk or frame.
 */
final class FrameAnalyzer implements AnalysisFrame {

    /** Receives each frame after every processor has written its values. */
    interface FrameSink {
        void frame(FrameAnalyzer frame, ExtractorSet extractors);
    }

    private final AnalysisFormat format;
    private final int windowSize;
    private final int hopSize;
    private final float[] window;
    private final float[] magnitudes;
    private final Spectrum spectrum;
    private final Consumer<String> problems;

    private ExtractorSet extractors = ExtractorSet.EMPTY;
    private int filled;
    private long index;
    private long startSample;
    private long captureNanos;

    /**
     * @param firstIndex  the index of the first frame this analyzer emits
     * @param firstSample the stream position of the first sample it will be fed
     * @param problems    told when a processor throws; that processor is then skipped
     */
    FrameAnalyzer(AnalysisFormat format, long firstIndex, long firstSample, Consumer<String> problems) {
        this.format = format;
        this.windowSize = format.windowSize();
        this.hopSize = format.hopSize();
        this.window = new float[windowSize];
        this.magnitudes = new float[format.spectrumSize()];
        this.spectrum = new Spectrum(windowSize);
        this.index = firstIndex;
        this.startSample = firstSample;
        this.problems = problems;
    }

    void setExtractors(ExtractorSet extractors) {
        this.extractors = extractors;
    }

    ExtractorSet extractors() {
        return extractors;
    }

    /** The index the next frame will have. */
    long nextIndex() {
        return index;
    }

    /** The stream position where the next frame starts. */
    long nextStartSample() {
        return startSample;
    }

    /**
     * Feeds the samples this analyzer holds for its next frame to {@code successor}, a new framing that starts at
     * {@link #nextStartSample()}: the stream goes on without a gap when the window or hop changes.
     */
    void handOver(FrameAnalyzer successor, FrameSink sink) {
        successor.accept(window, filled, captureNanos, sink);
    }

    /**
     * Tells the analyzer that {@code lostSamples} samples following those fed so far never arrived (dropped
     * chunks): the samples held are discarded, since no window may span the gap, and stream time moves on.
     */
    void skip(long lostSamples) {
        startSample += filled + lostSamples;
        filled = 0;
    }

    /** Feeds {@code count} samples; emits a frame to {@code sink} for every full window. */
    void accept(float[] samples, int count, long newestCaptureNanos, FrameSink sink) {
        int offset = 0;
        while (offset < count) {
            int n = Math.min(windowSize - filled, count - offset);
            System.arraycopy(samples, offset, window, filled, n);
            filled += n;
            offset += n;
            if (filled == windowSize) {
                captureNanos = newestCaptureNanos;
                analyze();
                sink.frame(this, extractors);
                System.arraycopy(window, hopSize, window, 0, windowSize - hopSize);
                filled = windowSize - hopSize;
                index++;
                startSample += hopSize;
            }
        }
    }

    private void analyze() {
        ExtractorSet set = extractors;
        if (set.needsSpectrum) {
            spectrum.magnitudes(window, magnitudes);
        }
        for (int i = 0; i < set.processors.length; i++) {
            if (set.failed[i]) {
                continue;
            }
            try {
                set.processors[i].process(this, set.values[i]);
            } catch (RuntimeException | LinkageError e) {
                // e.g. its bundle is being uninstalled mid-frame: its values are missing from now on (NaN) until the
                // extractors or the framing change, and the others go on
                set.failed[i] = true;
                Arrays.fill(set.values[i], Float.NaN);
                problems.accept("extractor " + set.bindings[i].id() + " failed and was disabled: " + e);
            }
        }
    }

    @Override
    public AnalysisFormat format() {
        return format;
    }

    @Override
    public long index() {
        return index;
    }

    @Override
    public long startSample() {
        return startSample;
    }

    @Override
    public long captureNanos() {
        return captureNanos;
    }

    @Override
    public float[] samples() {
        return window;
    }

    @Override
    public float[] magnitudes() {
        return magnitudes;
    }
}
