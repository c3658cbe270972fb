package io.segue.library.internal.importer;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.FeatureListener;
import java.util.Arrays;

/**
 * Collects the beat events of one file's analysis (the tempo extractor's {@code beat} output holds a beat's time
 * relative to the frame's start, NaN in frames without one) and derives the beat grid's phase from them.
 */
final class BeatCollector implements FeatureListener {

    private final String extractorId;
    private final int offset;
    private double[] beats = new double[256];
    private int count;

    /** @param offset the beat output's index in the extractor's values, -1 when there is none */
    BeatCollector(String extractorId, int offset) {
        this.extractorId = extractorId;
        this.offset = offset;
    }

    @Override
    public void onFeatures(FeatureFrame frame) {
        if (offset < 0) {
            return;
        }
        float[] values = frame.values(extractorId);
        if (values != null && offset < values.length && Float.isFinite(values[offset])) {
            if (count == beats.length) {
                beats = Arrays.copyOf(beats, 2 * count);
            }
            beats[count++] = frame.startSeconds() + values[offset];
        }
    }

    int count() {
        return count;
    }

    /**
     * The first beat of the grid at {@code bpm} that fits the beats heard best: the circular mean of their phases
     * within one beat period, so that a few misplaced beats move it little. NaN without a tempo or beats.
     */
    double firstBeatSeconds(double bpm) {
        if (!(bpm > 0) || count == 0) {
            return Double.NaN;
        }
        double period = 60 / bpm;
        double sin = 0;
        double cos = 0;
        for (int i = 0; i < count; i++) {
            double angle = 2 * Math.PI * beats[i] / period;
            sin += Math.sin(angle);
            cos += Math.cos(angle);
        }
        if (Math.hypot(sin, cos) < 1e-9) {
            return Double.NaN;
        }
        double phase = Math.atan2(sin, cos) / (2 * Math.PI) * period;
        return Math.floorMod(Math.round(phase * 1e6), Math.round(period * 1e6)) / 1e6;
    }
}
