package io.segue.extractors.internal;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;

/** One processor of an extractor, fed frames built from samples as the pipeline would: a test's view of it. */
public final class ProcessorRun {

    private final FeatureProcessor processor;
    private final AnalysisFormat format;
    private final float[] values = new float[1];

    public ProcessorRun(FeatureExtractor extractor, AnalysisFormat format) {
        this.processor = extractor.createProcessor(format);
        this.format = format;
    }

    /** The value of the frame holding {@code samples} (its spectrum computed as the pipeline does). */
    public float value(long index, float[] samples) {
        processor.process(TestFrame.of(format, index, samples), values);
        return values[0];
    }

    public void reset() {
        processor.reset();
    }
}
