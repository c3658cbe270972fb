package io.segue.extractors.internal.loudness;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.FrameContinuity;
import io.segue.extractors.internal.ProcessorChecks;

/**
 * Runs a {@link LoudnessMeter} (dual mono) over the stream of frames, measuring each sample exactly once.
 *
 * <p>Frames overlap: of a frame that continues the previous one ({@link FrameContinuity}: it starts one hop later)
 * only the last {@code min(windowSize, hopSize)} samples are new and measured. Any other frame follows a break (lost
 * samples, or a position that moved otherwise without {@link #reset()}): the meter restarts its sliding windows and
 * filter ({@link LoudnessMeter#restartWindows()}), keeping the integrated loudness and loudness range, and measures the
 * whole window, as for the first frame.
 */
final class LoudnessProcessor implements FeatureProcessor {

    static final int VALUES = 4;

    private final LoudnessMeter meter;
    private final int windowSize;
    private final FrameContinuity continuity;

    LoudnessProcessor(AnalysisFormat format) {
        this.meter = new LoudnessMeter(format.sampleRateHz(), LoudnessMeter.DUAL_MONO);
        this.windowSize = format.windowSize();
        this.continuity = new FrameContinuity(format.windowSize(), format.hopSize());
    }

    @Override
    public void process(AnalysisFrame frame, float[] values) {
        ProcessorChecks.requireValues(values, VALUES, LoudnessExtractor.ID);
        float[] samples = ProcessorChecks.requireLength(frame.samples(), windowSize, LoudnessExtractor.ID, "samples");
        if (!continuity.next(frame.startSample())) {
            meter.restartWindows();
        }
        int fresh = continuity.newSamples();
        meter.add(samples, windowSize - fresh, fresh);
        values[0] = (float) meter.momentaryLufs();
        values[1] = (float) meter.shortTermLufs();
        values[2] = (float) meter.integratedLufs();
        values[3] = (float) meter.loudnessRangeLu();
    }

    @Override
    public void reset() {
        meter.reset();
        continuity.reset();
    }
}
