package io.segue.extractors.tarsos.internal;

import be.tarsos.dsp.pitch.PitchDetector;
import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import java.util.List;
import java.util.Set;

/**
 * A pitch extractor over one TarsosDSP {@link PitchDetector}: two outputs per frame, {@code pitch} (Hz) and
 * {@code probability} (0..1), computed from the frame's raw samples. Each processor owns its own detector, created
 * for the format's sample rate and window size.
 *
 * <p>Both detectors work in the time domain and cost O(windowSize²) per frame, so the window is limited to
 * {@value #MIN_WINDOW_SIZE} .. {@value #MAX_WINDOW_SIZE} samples (about 1 ms for YIN and 2.5 ms for MPM per
 * 2048-sample frame on the project's build machine; a window of 8192 would take 16 times as long, longer than a
 * 512-sample hop lasts).
 */
abstract class PitchExtractor implements FeatureExtractor {

    /** The smallest window: a few periods of a pitch must fit, and YIN needs lags 2 .. windowSize/2. */
    static final int MIN_WINDOW_SIZE = 64;

    /** The largest window: the quadratic cost per frame must stay well inside a hop. */
    static final int MAX_WINDOW_SIZE = 4096;

    private final ExtractorDescriptor descriptor;

    PitchExtractor(String id, String name, String description, String pitchDefinition,
            String probabilityDefinition) {
        this.descriptor = new ExtractorDescriptor(id, name, "1", description,
                List.of(new OutputDescriptor("pitch", "Pitch", "Hz", 1, 0.0, Double.POSITIVE_INFINITY,
                        pitchDefinition),
                        new OutputDescriptor("probability", "Probability", "", 1, 0.0, 1.0, probabilityDefinition)),
                Set.of(InputDomain.WAVEFORM), 0);
    }

    @Override
    public final ExtractorDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final FeatureProcessor createProcessor(AnalysisFormat format) {
        int windowSize = format.windowSize();
        if (windowSize < MIN_WINDOW_SIZE || windowSize > MAX_WINDOW_SIZE) {
            throw new IllegalArgumentException("extractor '" + descriptor.id() + "' needs a window of "
                    + MIN_WINDOW_SIZE + " .. " + MAX_WINDOW_SIZE + " samples (its cost grows with the square of "
                    + "the window, and shorter windows hold too few periods), got " + windowSize);
        }
        return new PitchFrameProcessor(descriptor.id(), windowSize,
                newDetector(format.sampleRateHz(), windowSize));
    }

    /** A new detector for windows of {@code windowSize} samples at {@code sampleRateHz}. */
    abstract PitchDetector newDetector(int sampleRateHz, int windowSize);
}
