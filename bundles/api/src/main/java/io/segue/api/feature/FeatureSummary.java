package io.segue.api.feature;

/**
 * Statistics of one output value over a whole analysis (a file).
 *
 * @param extractorId the extractor
 * @param outputId    its output
 * @param index       the index within the output (0 for single-valued outputs)
 * @param unit        the output's unit
 * @param count       frames with a finite value (NaN and infinities are left out of the statistics)
 * @param mean        arithmetic mean
 * @param stdDev      population standard deviation
 * @param min         smallest value
 * @param max         largest value
 * @param last        the value at the final frame, NaN when that frame had none: for an output that describes
 *                    everything heard so far (a whole-file tempo, key or integrated loudness) this is the
 *                    file's value
 */
public record FeatureSummary(String extractorId, String outputId, int index, String unit, long count, double mean,
        double stdDev, double min, double max, double last) {
}
