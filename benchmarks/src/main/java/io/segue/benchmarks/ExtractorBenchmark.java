package io.segue.benchmarks;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One extractor's {@code process} on one frame (22050 Hz, window 2048, hop 512), the spectrum already computed:
 * where the time of {@link PipelineBenchmark} goes. The frames cycle through 64 windows of a noisy chord.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ExtractorBenchmark} (average time per frame).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ExtractorBenchmark {

    private static final AnalysisFormat FORMAT = new AnalysisFormat(22050, 2048, 512);

    @Param({"rms", "zcr", "spectral-centroid", "spectral-bandwidth", "spectral-rolloff", "spectral-flatness",
        "spectral-flux", "spectral-contrast", "mfcc", "chroma", "onset", "tempo", "key", "loudness", "energy"})
    public String extractor;

    private FeatureProcessor processor;
    private Frame[] frames;
    private float[] values;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        FeatureExtractor chosen = PipelineBenchmark.allExtractors().stream()
                .filter(e -> e.descriptor().id().equals(extractor)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no built-in extractor " + extractor));
        processor = chosen.createProcessor(FORMAT);
        values = new float[chosen.descriptor().valueCount()];
        frames = new Frame[64];
        Random random = new Random(1);
        float[] signal = new float[FORMAT.windowSize() + FORMAT.hopSize() * frames.length];
        double[] hz = {220, 277.18, 329.63, 440};
        for (int i = 0; i < signal.length; i++) {
            double s = 0;
            for (double f : hz) {
                s += 0.2 * Math.sin(2 * Math.PI * f * i / FORMAT.sampleRateHz());
            }
            signal[i] = (float) (s + 0.01 * random.nextGaussian());
        }
        for (int f = 0; f < frames.length; f++) {
            float[] window = new float[FORMAT.windowSize()];
            System.arraycopy(signal, f * FORMAT.hopSize(), window, 0, window.length);
            frames[f] = new Frame(f, window, magnitudes(window));
        }
    }

    @Benchmark
    public float[] process() {
        Frame frame = frames[next & (frames.length - 1)];
        frame.index = next++;
        processor.process(frame, values);
        return values;
    }

    /** |DFT| of the Hann-windowed window, by the plain definition (set-up only). */
    private static float[] magnitudes(float[] window) {
        int n = window.length;
        float[] m = new float[n / 2 + 1];
        for (int k = 0; k < m.length; k++) {
            double re = 0;
            double im = 0;
            for (int i = 0; i < n; i++) {
                double x = window[i] * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / n));
                re += x * Math.cos(2 * Math.PI * k * i / n);
                im -= x * Math.sin(2 * Math.PI * k * i / n);
            }
            m[k] = (float) Math.hypot(re, im);
        }
        return m;
    }

    /** A frame whose stream position follows the benchmark's call count, so stateful extractors see a stream. */
    private static final class Frame implements AnalysisFrame {

        private final float[] samples;
        private final float[] magnitudes;
        long index;

        Frame(long index, float[] samples, float[] magnitudes) {
            this.index = index;
            this.samples = samples;
            this.magnitudes = magnitudes;
        }

        @Override
        public AnalysisFormat format() {
            return FORMAT;
        }

        @Override
        public long index() {
            return index;
        }

        @Override
        public long startSample() {
            return index * FORMAT.hopSize();
        }

        @Override
        public long captureNanos() {
            return 0;
        }

        @Override
        public float[] samples() {
            return samples;
        }

        @Override
        public float[] magnitudes() {
            return magnitudes;
        }
    }
}
