package io.segue.benchmarks;

import io.segue.api.audio.AudioFormat;
import io.segue.api.feature.FeatureExtractor;
import io.segue.extractors.internal.bandwidth.SpectralBandwidthExtractor;
import io.segue.extractors.internal.centroid.SpectralCentroidExtractor;
import io.segue.extractors.internal.chroma.ChromaExtractor;
import io.segue.extractors.internal.contrast.SpectralContrastExtractor;
import io.segue.extractors.internal.energy.EnergyExtractor;
import io.segue.extractors.internal.flatness.SpectralFlatnessExtractor;
import io.segue.extractors.internal.flux.SpectralFluxExtractor;
import io.segue.extractors.internal.key.KeyConfig;
import io.segue.extractors.internal.key.KeyExtractor;
import io.segue.extractors.internal.loudness.LoudnessExtractor;
import io.segue.extractors.internal.mfcc.MfccExtractor;
import io.segue.extractors.internal.onset.OnsetExtractor;
import io.segue.extractors.internal.rms.RmsExtractor;
import io.segue.extractors.internal.rolloff.SpectralRolloffExtractor;
import io.segue.extractors.internal.tempo.TempoConfig;
import io.segue.extractors.internal.tempo.TempoExtractor;
import io.segue.extractors.internal.zcr.ZeroCrossingRateExtractor;
import io.segue.stream.internal.pipeline.ExtractorBinding;
import io.segue.stream.internal.pipeline.LivePipeline;
import io.segue.stream.internal.pipeline.PipelineConfig;
import io.segue.testing.Configs;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.osgi.service.log.Logger;

/**
 * The analysis thread's work for one chunk of the live stream, measured on one core: framing, the Hann-windowed
 * JTransforms spectrum once per hop, every built-in extractor, and the features queue. One operation is one chunk
 * of 1024 samples at 22050 Hz, i.e. two analysis frames at hop 512, or 46.4 ms of audio; so
 * {@code × real time = ops/s × 1024 / 22050} and {@code frames/s = ops/s × 1024 / hop}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PipelineBenchmark -prof gc}; {@code gc.alloc.rate.norm}
 * is the allocation per chunk.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

    private static final int SAMPLE_RATE_HZ = 22050;
    private static final int CHUNK_FRAMES = 1024;
    private static final AudioFormat STREAM = AudioFormat.mono(SAMPLE_RATE_HZ);

    @Param({"2048"})
    public int windowSize;

    @Param({"512"})
    public int hopSize;

    /**
     * {@code per-frame}: the extractors whose value depends on the current frame alone (spectral shape, MFCC,
     * chroma); {@code all}: every built-in extractor, the stateful ones (onsets, tempo, key, loudness, energy)
     * too.
     */
    @Param({"per-frame", "all"})
    public String extractors;

    private LivePipeline pipeline;
    private float[][] chunks;
    private long sequence;

    @Setup(Level.Trial)
    public void setUp() {
        PipelineConfig config = Configs.of(PipelineConfig.class, Map.of("windowSize", windowSize, "hopSize", hopSize));
        pipeline = new LivePipeline(config, silentLogger());
        List<FeatureExtractor> set = extractors.equals("all") ? allExtractors() : perFrameExtractors();
        for (int i = 0; i < set.size(); i++) {
            pipeline.addExtractor(ExtractorBinding.standalone(set.get(i), i + 1));
        }
        pipeline.streamStarted(STREAM);
        chunks = music(64);
    }

    @Benchmark
    public void chunk() {
        float[] chunk = chunks[(int) (sequence & (chunks.length - 1))];
        pipeline.onChunk(sequence++, 0, STREAM, chunk, CHUNK_FRAMES);
    }

    static List<FeatureExtractor> perFrameExtractors() {
        return List.of(new RmsExtractor(), new ZeroCrossingRateExtractor(), new SpectralCentroidExtractor(),
                new SpectralBandwidthExtractor(), new SpectralRolloffExtractor(), new SpectralFlatnessExtractor(),
                new SpectralFluxExtractor(), new SpectralContrastExtractor(), new MfccExtractor(),
                new ChromaExtractor());
    }

    static List<FeatureExtractor> allExtractors() {
        List<FeatureExtractor> all = new ArrayList<>(perFrameExtractors());
        all.add(new OnsetExtractor());
        all.add(new TempoExtractor(Configs.defaults(TempoConfig.class)));
        all.add(new KeyExtractor(Configs.defaults(KeyConfig.class)));
        all.add(new LoudnessExtractor());
        all.add(new EnergyExtractor(Configs.defaults(TempoConfig.class)));
        return all;
    }

    /** A chord with a little noise: enough spectral content that nothing is trivially zero. */
    private static float[][] music(int count) {
        Random random = new Random(1);
        float[][] chunks = new float[count][CHUNK_FRAMES];
        double[] hz = {220, 277.18, 329.63, 440};
        for (int c = 0; c < count; c++) {
            for (int i = 0; i < CHUNK_FRAMES; i++) {
                double t = (double) (c * CHUNK_FRAMES + i) / SAMPLE_RATE_HZ;
                double s = 0;
                for (double f : hz) {
                    s += 0.2 * Math.sin(2 * Math.PI * f * t);
                }
                chunks[c][i] = (float) (s + 0.01 * random.nextGaussian());
            }
        }
        return chunks;
    }

    /** The pipeline logs only a refused configuration, which this benchmark never gives it. */
    private static Logger silentLogger() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false : null);
    }
}
