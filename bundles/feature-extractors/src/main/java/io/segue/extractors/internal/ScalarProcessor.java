package io.segue.extractors.internal;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;

/**
 * Writes a {@link ScalarExtractor}'s value of each frame to {@code values[0]}. Stateless: each value depends on its
 * own frame only, so {@link #reset()} has nothing to forget.
 *
 * <p>{@code process} throws {@link IllegalArgumentException} when the frame's input array is not the length of the
 * format the processor was created for, or {@code values} is empty; values beyond index 0 are left untouched.
 */
final class ScalarProcessor implements FeatureProcessor {

    private final String extractorId;
    private final InputDomain input;
    private final AnalysisFormat format;
    private final int inputLength;
    private final ScalarExtractor.FrameFunction function;

    ScalarProcessor(String extractorId, InputDomain input, AnalysisFormat format,
            ScalarExtractor.FrameFunction function) {
        this.extractorId = extractorId;
        this.input = input;
        this.format = format;
        this.inputLength = input == InputDomain.WAVEFORM ? format.windowSize() : format.spectrumSize();
        this.function = function;
    }

    @Override
    public void process(AnalysisFrame frame, float[] values) {
        ProcessorChecks.requireValues(values, 1, extractorId);
        float[] data = input == InputDomain.WAVEFORM
                ? ProcessorChecks.requireLength(frame.samples(), inputLength, extractorId, "samples")
                : ProcessorChecks.requireLength(frame.magnitudes(), inputLength, extractorId, "magnitudes");
        values[0] = (float) function.apply(data, format);
    }

    @Override
    public void reset() {
        // no state: the value depends on the current frame only
    }
}
