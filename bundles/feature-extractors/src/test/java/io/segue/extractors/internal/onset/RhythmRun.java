package io.segue.extractors.internal.onset;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.TestFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a processor over a whole signal framed as the pipeline frames it, like {@code FrameFeeder}, but with an FFT
 * whose twiddles and window are computed once, so that the rhythm tests' many seconds of audio stay quick. The
 * magnitudes are those {@code HannSpectrum} defines (checked in {@code RhythmRunTest}).
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
    private final double[] window;
    private final double[] cos;
    private final double[] sin;
    private final double[] re;
    private final double[] im;

    public RhythmRun(AnalysisFormat format) {
        this.format = format;
        int n = format.windowSize();
        window = new double[n];
        cos = new double[n / 2];
        sin = new double[n / 2];
        for (int i = 0; i < n; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / n);
        }
        for (int i = 0; i < n / 2; i++) {
            cos[i] = Math.cos(-2 * Math.PI * i / n);
            sin[i] = Math.sin(-2 * Math.PI * i / n);
        }
        re = new double[n];
        im = new double[n];
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

    /** {@code |DFT(hann * samples)|}, bins 0 .. N/2. */
    public float[] magnitudes(float[] samples) {
        int n = samples.length;
        for (int i = 0; i < n; i++) {
            re[i] = samples[i] * window[i];
            im[i] = 0;
        }
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            int stride = n / len;
            for (int start = 0; start < n; start += len) {
                for (int m = 0; m < len / 2; m++) {
                    double wr = cos[m * stride];
                    double wi = sin[m * stride];
                    int a = start + m;
                    int b = a + len / 2;
                    double br = re[b] * wr - im[b] * wi;
                    double bi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - br;
                    im[b] = im[a] - bi;
                    re[a] += br;
                    im[a] += bi;
                }
            }
        }
        float[] out = new float[n / 2 + 1];
        for (int k = 0; k < out.length; k++) {
            out[k] = (float) Math.hypot(re[k], im[k]);
        }
        return out;
    }
}
