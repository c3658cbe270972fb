package io.segue.predictor.beat.internal.tracking;

import io.segue.api.audio.AudioFormat;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureFrame;
import io.segue.extractors.internal.chroma.ChromaExtractor;
import io.segue.extractors.internal.onset.OnsetExtractor;
import io.segue.extractors.internal.tempo.TempoConfig;
import io.segue.extractors.internal.tempo.TempoExtractor;
import io.segue.stream.internal.pipeline.ExtractorBinding;
import io.segue.stream.internal.pipeline.LivePipeline;
import io.segue.stream.internal.pipeline.PipelineConfig;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The real streaming pipeline outside OSGi with the real onset, tempo and chroma extractors: audio in, in chunks as a
 * device delivers it, feature frames out, in order (default framing: 22050 Hz, window 2048, hop 512).
 */
public final class PipelineFrames {

    public static final int SAMPLE_RATE_HZ = 22050;
    private static final int CHUNK_FRAMES = 1024;

    private PipelineFrames() {
    }

    public static List<FeatureExtractor> extractors() {
        return List.of(new OnsetExtractor(), new TempoExtractor(Configs.defaults(TempoConfig.class)),
                new ChromaExtractor());
    }

    /** The feature frames of mono {@code samples} at {@value #SAMPLE_RATE_HZ} Hz, fed chunk by chunk. */
    public static List<FeatureFrame> of(float[] samples) throws InterruptedException {
        LivePipeline pipeline = new LivePipeline(Configs.defaults(PipelineConfig.class),
                new RecordingLogger().logger());
        List<FeatureExtractor> extractors = extractors();
        for (int i = 0; i < extractors.size(); i++) {
            pipeline.addExtractor(ExtractorBinding.standalone(extractors.get(i), i + 1));
        }
        AudioFormat format = AudioFormat.mono(SAMPLE_RATE_HZ);
        pipeline.streamStarted(format);
        // the first take opens the reader, so that it sees every frame from here on
        pipeline.takeFeatures(Duration.ZERO);
        List<FeatureFrame> frames = new ArrayList<>();
        float[] chunk = new float[CHUNK_FRAMES];
        long sequence = 0;
        for (int start = 0; start < samples.length; start += CHUNK_FRAMES) {
            int n = Math.min(CHUNK_FRAMES, samples.length - start);
            System.arraycopy(samples, start, chunk, 0, n);
            pipeline.onChunk(sequence++, 0, format, chunk, n);
            for (Optional<FeatureFrame> f = pipeline.takeFeatures(Duration.ZERO); f.isPresent();
                    f = pipeline.takeFeatures(Duration.ZERO)) {
                frames.add(f.get());
            }
        }
        return frames;
    }
}
