package io.segue.extractors.internal.onset;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.HannSpectrum;
import io.segue.extractors.internal.TestFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a processor over a whole signal framed as the pipeline frames it, keeping every frame's values and start
 * time in arrays, with the event times of an output at hand: the rhythm tests' view of a run.
 */
public final class RhythmRun {

    /** Every frame's values and start time. */
    public record Run(double[] startSeconds, float[][] values) {

        /** The event times of output {@code index}: start + value where the value is not NaN. */
        public double[] events(int index) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                if (!Float.isNaN(values[i][index])) {
                    times.add(startSeconds[i] + values[i][index]);
                }
            }
            return times.stream().mapToDouble(Double::doubleValue).toArray();
        }

        /** The last frame's value of output {@code index}. */
        public float last(int index) {
            return values[values.length - 1][index];
        }
    }

    private final AnalysisFormat format;

    public RhythmRun(AnalysisFormat format) {
        this.format = format;
    }

    /** A new processor of {@code extractor} run over {@code signal} from stream time 0. */
    public Run run(FeatureExtractor extractor, float[] signal) {
        return run(extractor.createProcessor(format), extractor.descriptor().valueCount(), signal);
    }

    public Run run(FeatureProcessor processor, int valueCount, float[] signal) {
        int n = format.windowSize();
        int frames = signal.length < n ? 0 : (signal.length - n) / format.hopSize() + 1;
        double[] starts = new double[frames];
        float[][] values = new float[frames][valueCount];
        for (int f = 0; f < frames; f++) {
            float[] samples = new float[n];
            System.arraycopy(signal, f * format.hopSize(), samples, 0, n);
            processor.process(new TestFrame(format, f, (long) f * format.hopSize(), samples, magnitudes(samples)),
                    values[f]);
            starts[f] = (double) f * format.hopSize() / format.sampleRateHz();
        }
        return new Run(starts, values);
    }

    /** {@code |DFT(hann * samples)|}, bins 0 .. N/2, as the pipeline computes them. */
    public float[] magnitudes(float[] samples) {
        return HannSpectrum.magnitudes(samples);
    }
}
