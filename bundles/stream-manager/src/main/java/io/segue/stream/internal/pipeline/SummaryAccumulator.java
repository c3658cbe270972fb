package io.segue.stream.internal.pipeline;

import io.segue.api.feature.FeatureSummary;
import io.segue.api.feature.OutputDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Running mean, standard deviation, minimum, maximum and final value of every value of every extractor (Welford). */
final class SummaryAccumulator implements FrameAnalyzer.FrameSink {

    private final ExtractorSet set;
    private final double[][] mean;
    private final double[][] m2;
    private final double[][] min;
    private final double[][] max;
    private final long[][] count;
    private final double[][] last;
    private long frames;

    SummaryAccumulator(ExtractorSet set) {
        this.set = set;
        int n = set.size();
        mean = new double[n][];
        m2 = new double[n][];
        min = new double[n][];
        max = new double[n][];
        count = new long[n][];
        last = new double[n][];
        for (int i = 0; i < n; i++) {
            int width = set.values[i].length;
            mean[i] = new double[width];
            m2[i] = new double[width];
            min[i] = filled(width, Double.POSITIVE_INFINITY);
            max[i] = filled(width, Double.NEGATIVE_INFINITY);
            count[i] = new long[width];
            last[i] = filled(width, Double.NaN);
        }
    }

    @Override
    public void frame(FrameAnalyzer frame, ExtractorSet extractors) {
        frames++;
        for (int i = 0; i < set.size(); i++) {
            if (set.failed[i]) {
                Arrays.fill(last[i], Double.NaN);
                continue;
            }
            float[] values = set.values[i];
            for (int j = 0; j < values.length; j++) {
                double x = values[j];
                last[i][j] = x;
                if (!Double.isFinite(x)) {
                    continue;
                }
                long n = ++count[i][j];
                double delta = x - mean[i][j];
                mean[i][j] += delta / n;
                m2[i][j] += delta * (x - mean[i][j]);
                min[i][j] = Math.min(min[i][j], x);
                max[i][j] = Math.max(max[i][j], x);
            }
        }
    }

    long frames() {
        return frames;
    }

    /**
     * One summary per output value of every extractor that ran, in extractor and output order; a value that was
     * never finite has count 0, NaN statistics, and its final value (NaN, or an infinity such as the -inf LUFS of
     * digital silence). An extractor that failed has NaN as its final values.
     */
    List<FeatureSummary> summaries() {
        List<FeatureSummary> summaries = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            int j = 0;
            for (OutputDescriptor output : set.bindings[i].descriptor().outputs()) {
                for (int k = 0; k < output.size(); k++, j++) {
                    long n = count[i][j];
                    summaries.add(n > 0
                            ? new FeatureSummary(set.bindings[i].id(), output.id(), k, output.unit(), n, mean[i][j],
                                    Math.sqrt(m2[i][j] / n), min[i][j], max[i][j], last[i][j])
                            : new FeatureSummary(set.bindings[i].id(), output.id(), k, output.unit(), 0, Double.NaN,
                                    Double.NaN, Double.NaN, Double.NaN, last[i][j]));
                }
            }
        }
        return summaries;
    }

    private static double[] filled(int width, double value) {
        double[] a = new double[width];
        Arrays.fill(a, value);
        return a;
    }
}
