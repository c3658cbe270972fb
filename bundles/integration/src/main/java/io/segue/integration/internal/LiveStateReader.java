package io.segue.integration.internal;

import io.segue.api.feature.ExtractorInfo;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.MusicalKey;
import io.segue.api.mix.LiveState;
import java.util.List;

/**
 * The live stream's tempo, key and energy from its newest feature frames: the newest tempo and key (each already
 * a judgement over its extractor's window), the mean energy over the frames.
 */
final class LiveStateReader {

    static final String TEMPO = "tempo";
    static final String KEY = "key";
    static final String ENERGY = "energy";

    private LiveStateReader() {
    }

    /**
     * @param frames     the newest frames, oldest first
     * @param extractors the extractors present, for where each output sits in a frame's values
     */
    static LiveState read(List<FeatureFrame> frames, List<ExtractorInfo> extractors) {
        int bpmAt = offset(extractors, TEMPO, "bpm");
        int keyAt = offset(extractors, KEY, "key");
        int energyAt = offset(extractors, ENERGY, "energy");
        double bpm = Double.NaN;
        MusicalKey key = null;
        double energySum = 0;
        int energyCount = 0;
        for (FeatureFrame frame : frames) {
            double frameBpm = value(frame, TEMPO, bpmAt);
            if (!Double.isNaN(frameBpm)) {
                bpm = frameBpm;
            }
            MusicalKey frameKey = MusicalKey.ofFeatureValue(value(frame, KEY, keyAt));
            if (frameKey != null) {
                key = frameKey;
            }
            double energy = value(frame, ENERGY, energyAt);
            if (!Double.isNaN(energy)) {
                energySum += energy;
                energyCount++;
            }
        }
        return new LiveState(bpm, key, energyCount == 0 ? Double.NaN : energySum / energyCount);
    }

    /** Where {@code outputId} starts in the values of extractor {@code extractorId}, or -1 when absent. */
    static int offset(List<ExtractorInfo> extractors, String extractorId, String outputId) {
        for (ExtractorInfo info : extractors) {
            if (info.active() && info.descriptor().id().equals(extractorId)) {
                return info.descriptor().offsetOf(outputId);
            }
        }
        return -1;
    }

    private static double value(FeatureFrame frame, String extractorId, int at) {
        if (at < 0) {
            return Double.NaN;
        }
        float[] values = frame.values(extractorId);
        return values == null || at >= values.length ? Double.NaN : values[at];
    }
}
