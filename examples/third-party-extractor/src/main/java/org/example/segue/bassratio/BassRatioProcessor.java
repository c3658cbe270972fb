package org.example.segue.bassratio;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.FeatureProcessor;
import java.util.function.Supplier;

/**
 * One stream's {@link BassRatio}: writes {@code ratio} to {@code values[0]} and {@code smoothed} to
 * {@code values[1]}. Everything is allocated in the constructor; {@code process} allocates nothing.
 *
 * <p>The pipeline keeps a processor for as long as its extractor service stays registered, and a configuration
 * change does not re-register the service ({@code @Modified}). So the processor looks at the extractor's current
 * settings on every frame (one volatile read) and reconfigures when they are a different object.
 */
final class BassRatioProcessor implements FeatureProcessor {

    /** Counted once: counting walks the outputs with an iterator, which the JIT does not always keep off the heap. */
    private static final int VALUE_COUNT = BassRatioExtractor.DESCRIPTOR.valueCount();

    private final Supplier<BassRatioSettings> settings;
    private final BassRatio bassRatio;
    private BassRatioSettings applied;

    BassRatioProcessor(AnalysisFormat format, Supplier<BassRatioSettings> settings) {
        this.settings = settings;
        this.applied = settings.get();
        this.bassRatio = new BassRatio(format, applied);
    }

    /**
     * @throws IllegalArgumentException when {@code values} holds fewer than 2 values or the frame's spectrum is not
     *                                  of the format this processor was created for
     */
    @Override
    public void process(AnalysisFrame frame, float[] values) {
        if (values.length < VALUE_COUNT) {
            throw new IllegalArgumentException(
                    "bass ratio writes 2 values per frame, the values array holds " + values.length);
        }
        BassRatioSettings current = settings.get();
        if (current != applied) {
            bassRatio.configure(current);
            applied = current;
        }
        bassRatio.add(frame.magnitudes());
        values[0] = (float) bassRatio.ratio();
        values[1] = (float) bassRatio.smoothedRatio();
    }

    @Override
    public void reset() {
        bassRatio.reset();
    }
}
