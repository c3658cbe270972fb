package io.segue.extractors.internal;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import java.util.Objects;

/**
 * An extractor whose value for a frame is one number computed from one of the frame's arrays (its samples or its
 * magnitudes), with no state between frames: the shape of RMS, zero-crossing rate and spectral centroid. A subclass
 * gives the descriptor and the pure function; this class makes the processors and checks what they are handed.
 */
public abstract class ScalarExtractor implements FeatureExtractor {

    /** The computation of one frame's value. Runs on the analysis thread: must not allocate. */
    @FunctionalInterface
    public interface FrameFunction {

        /**
         * @param input  the whole array the descriptor names: {@code windowSize} samples or
         *               {@code windowSize / 2 + 1} magnitudes
         * @param format the framing, for what depends on it (e.g. the width of a spectrum bin)
         */
        double apply(float[] input, AnalysisFormat format);
    }

    private final ExtractorDescriptor descriptor;
    private final InputDomain input;
    private final FrameFunction function;

    /**
     * @throws IllegalArgumentException when the descriptor has not exactly one value and one input
     */
    protected ScalarExtractor(ExtractorDescriptor descriptor, FrameFunction function) {
        if (descriptor.valueCount() != 1 || descriptor.inputs().size() != 1) {
            throw new IllegalArgumentException("extractor '" + descriptor.id()
                    + "' is not scalar: it needs exactly one value and one input");
        }
        this.descriptor = descriptor;
        this.input = descriptor.inputs().iterator().next();
        this.function = Objects.requireNonNull(function, "function");
    }

    @Override
    public final ExtractorDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final FeatureProcessor createProcessor(AnalysisFormat format) {
        return new ScalarProcessor(descriptor.id(), input, Objects.requireNonNull(format, "format"), function);
    }
}
