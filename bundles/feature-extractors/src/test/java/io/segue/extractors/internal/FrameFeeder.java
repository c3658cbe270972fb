package io.segue.extractors.internal;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one extractor's processor over a whole signal framed as the pipeline frames it (window every hop, the
 * Hann spectrum of each window): a test's view of a stream or a file analysis.
 */
public final class FrameFeeder {

    /** One frame's values and where the frame lies in the signal. */
    public record FrameValues(long index, long startSample, double startSeconds, float[] values) {

        public float value(int i) {
            return values[i];
        }
    }

    private final FeatureProcessor processor;
    private final AnalysisFormat format;
    private final int valueCount;
    private long nextIndex;
    /** Samples fed but not yet framed past: the next window starts at {@code pending[0]}. */
    private float[] pending = new float[0];
    private long pendingStartSample;

    public FrameFeeder(FeatureExtractor extractor, AnalysisFormat format) {
        this.processor = extractor.createProcessor(format);
        this.format = format;
        this.valueCount = extractor.descriptor().valueCount();
    }

    /**
     * Appends {@code signal} to the stream fed so far and returns the values of every window completed by it, in
     * order. As in the pipeline, windows overlap across calls: samples that do not yet fill a window wait for the
     * next call.
     */
    public List<FrameValues> feed(float[] signal) {
        float[] stream = new float[pending.length + signal.length];
        System.arraycopy(pending, 0, stream, 0, pending.length);
        System.arraycopy(signal, 0, stream, pending.length, signal.length);
        List<FrameValues> out = new ArrayList<>();
        int window = format.windowSize();
        int start = 0;
        for (; start + window <= stream.length; start += format.hopSize()) {
            float[] samples = new float[window];
            System.arraycopy(stream, start, samples, 0, window);
            long startSample = pendingStartSample + start;
            float[] values = new float[valueCount];
            processor.process(new TestFrame(format, nextIndex, startSample, samples, HannSpectrum.magnitudes(samples)),
                    values);
            out.add(new FrameValues(nextIndex++, startSample, (double) startSample / format.sampleRateHz(),
                    values));
        }
        int keep = Math.min(start, stream.length);
        pending = Arrays.copyOfRange(stream, keep, stream.length);
        pendingStartSample += keep;
        return out;
    }

    public FeatureProcessor processor() {
        return processor;
    }

    public void reset() {
        processor.reset();
        nextIndex = 0;
        pending = new float[0];
        pendingStartSample = 0;
    }
}
