package io.segue.extractors.internal.loudness;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.ProcessorChecks;

/**
 * Runs a {@link LoudnessMeter} (dual mono) over the stream of frames, measuring each sample exactly once.
 *
 * <p>Frames overlap: of each window only the samples past the end of the previous window are new, the last
 * {@code min(windowSize, startSample + windowSize - previousEnd)}; the first frame contributes all its samples. A frame
 * that starts after the previous window's end follows a gap (lost samples): the meter restarts its sliding windows
 * and filter ({@link LoudnessMeter#restartWindows()}), keeping the integrated loudness and loudness range, and measures
 * the whole window. A frame that ends before the previous one (the stream position went back without
 * {@link #reset()}) is treated the same way. A start that jumps by more than the hop but not past the previous
 * window's end is still contiguous: only the new samples are measured.
 */
final class LoudnessProcessor implements FeatureProcessor {

    static final int VALUES = 4;

    private final LoudnessMeter meter;
    private final int windowSize;
    private boolean started;
    private long measuredEnd;

    LoudnessProcessor(AnalysisFormat format) {
        this.meter = new LoudnessMeter(format.sampleRateHz(), LoudnessMeter.DUAL_MONO);
        this.windowSize = format.windowSize();
    }

    @Override
    public void process(AnalysisFrame frame, float[] values) {
        ProcessorChecks.requireValues(values, VALUES, LoudnessExtractor.ID);
        float[] samples = ProcessorChecks.requireLength(frame.samples(), windowSize, LoudnessExtractor.ID, "samples");
        long start = frame.startSample();
        long end = start + windowSize;
        if (!started) {
            meter.add(samples, 0, windowSize);
            started = true;
        } else if (start > measuredEnd || end < measuredEnd) {
            meter.restartWindows();
            meter.add(samples, 0, windowSize);
        } else {
            int fresh = (int) Math.min(windowSize, end - measuredEnd);
            meter.add(samples, windowSize - fresh, fresh);
        }
        measuredEnd = end;
        values[0] = (float) meter.momentaryLufs();
        values[1] = (float) meter.shortTermLufs();
        values[2] = (float) meter.integratedLufs();
        values[3] = (float) meter.loudnessRangeLu();
    }

    @Override
    public void reset() {
        meter.reset();
        started = false;
        measuredEnd = 0;
    }
}
