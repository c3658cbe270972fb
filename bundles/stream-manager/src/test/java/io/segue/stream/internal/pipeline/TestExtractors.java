package io.segue.stream.internal.pipeline;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Small extractors whose values reveal what the pipeline handed them. */
final class TestExtractors {

    private static final AtomicLong SERVICE_IDS = new AtomicLong(1);

    private TestExtractors() {
    }

    static ExtractorBinding bind(FeatureExtractor extractor) {
        return new ExtractorBinding(extractor, extractor.descriptor(), "test", 0, SERVICE_IDS.getAndIncrement());
    }

    /** Writes the frame's start sample, first sample and sample count. */
    static FeatureExtractor position() {
        return simple("position", Set.of(InputDomain.WAVEFORM), 3, (frame, values) -> {
            values[0] = frame.startSample();
            values[1] = frame.samples()[0];
            values[2] = frame.samples().length;
        });
    }

    /** Writes the frequency of the loudest spectrum bin. */
    static FeatureExtractor peakBin() {
        return simple("peak", Set.of(InputDomain.MAGNITUDE_SPECTRUM), 1, (frame, values) -> {
            float[] m = frame.magnitudes();
            int best = 0;
            for (int k = 1; k < m.length; k++) {
                if (m[k] > m[best]) {
                    best = k;
                }
            }
            values[0] = (float) frame.format().binFrequencyHz(best);
        });
    }

    /** Counts frames since created or reset: shows whether state survived a rebuild. */
    static FeatureExtractor counter() {
        return new FeatureExtractor() {
            @Override
            public ExtractorDescriptor descriptor() {
                return descriptorOf("counter", Set.of(InputDomain.WAVEFORM), 1);
            }

            @Override
            public FeatureProcessor createProcessor(AnalysisFormat format) {
                return new FeatureProcessor() {
                    private int count;

                    @Override
                    public void process(AnalysisFrame frame, float[] values) {
                        values[0] = ++count;
                    }

                    @Override
                    public void reset() {
                        count = 0;
                    }
                };
            }
        };
    }

    static FeatureExtractor failing() {
        return simple("failing", Set.of(InputDomain.WAVEFORM), 1, (frame, values) -> {
            throw new IllegalStateException("boom");
        });
    }

    interface Body {
        void process(AnalysisFrame frame, float[] values);
    }

    static FeatureExtractor simple(String id, Set<InputDomain> inputs, int size, Body body) {
        ExtractorDescriptor descriptor = descriptorOf(id, inputs, size);
        return new FeatureExtractor() {
            @Override
            public ExtractorDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public FeatureProcessor createProcessor(AnalysisFormat format) {
                return new FeatureProcessor() {
                    @Override
                    public void process(AnalysisFrame frame, float[] values) {
                        body.process(frame, values);
                    }

                    @Override
                    public void reset() {
                    }
                };
            }
        };
    }

    static ExtractorDescriptor descriptorOf(String id, Set<InputDomain> inputs, int size) {
        return new ExtractorDescriptor(id, id, "1", "test extractor " + id,
                List.of(new OutputDescriptor(id, id, "", size, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                        "test output")), inputs, 0);
    }
}
