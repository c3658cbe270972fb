package io.segue.extractors.internal;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import java.util.ArrayList;
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
    private long nextStartSample;

    public FrameFeeder(FeatureExtractor extractor, AnalysisFormat format) {
        this.processor = extractor.createProcessor(format);
        this.format = format;
        this.valueCount = extractor.descriptor().valueCount();
    }

    /**
     * Frames {@code signal} from its first sample (continuing the stream time of earlier calls) and returns the
     * values of every whole window in it, in order; trailing samples that do not fill a window are not framed.
     */
    public List<FrameValues> feed(float[] signal) {
        List<FrameValues> out = new ArrayList<>();
        int window = format.windowSize();
        for (int start = 0; start + window <= signal.length; start += format.hopSize()) {
            float[] samples = new float[window];
            System.arraycopy(signal, start, samples, 0, window);
            long startSample = nextStartSample + start;
            float[] values = new float[valueCount];
            processor.process(new TestFrame(format, nextIndex, startSample, samples, HannSpectrum.magnitudes(samples)),
                    values);
            out.add(new FrameValues(nextIndex++, startSample, (double) startSample / format.sampleRateHz(),
                    values));
        }
        nextStartSample += out.size() * (long) format.hopSize();
        return out;
    }

    public FeatureProcessor processor() {
        return processor;
    }

    public void reset() {
        processor.reset();
        nextIndex = 0;
        nextStartSample = 0;
    }
}
