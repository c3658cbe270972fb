package io.segue.predictor.harmony.internal.testing;

import io.segue.api.audio.AudioFormat;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureFrame;
import io.segue.stream.internal.pipeline.ExtractorBinding;
import io.segue.stream.internal.pipeline.LivePipeline;
import io.segue.stream.internal.pipeline.PipelineConfig;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.util.ArrayList;
import java.util.List;

/**
 * The real streaming pipeline outside OSGi, for the harmony predictor's tests: the {@link LivePipeline} the runtime
 * registers, given the extractors as SCR would, fed a rendered signal chunk by chunk on the test thread. Lives in
 * the pipeline's package because adding a feature listener is package-private there.
 */
public final class ExtractorPipelines {

    /** The chunk a device would deliver: 1024 sample frames. */
    static final int CHUNK_FRAMES = 1024;

    private ExtractorPipelines() {
    }

    /** Every frame (copied) of {@code samples} streamed at {@code sampleRateHz} through the given extractors. */
    public static List<FeatureFrame> frames(List<FeatureExtractor> extractors, float[] samples, int sampleRateHz) {
        LivePipeline pipeline = new LivePipeline(Configs.defaults(PipelineConfig.class),
                new RecordingLogger().logger());
        for (int i = 0; i < extractors.size(); i++) {
            pipeline.addExtractor(ExtractorBinding.standalone(extractors.get(i), i + 1));
        }
        List<FeatureFrame> frames = new ArrayList<>();
        pipeline.addListener(frame -> frames.add(frame.copy()));
        AudioFormat format = AudioFormat.mono(sampleRateHz);
        pipeline.streamStarted(format);
        float[] chunk = new float[CHUNK_FRAMES];
        long sequence = 0;
        for (int from = 0; from < samples.length; from += CHUNK_FRAMES) {
            int n = Math.min(CHUNK_FRAMES, samples.length - from);
            System.arraycopy(samples, from, chunk, 0, n);
            pipeline.onChunk(sequence++, 0, format, chunk, n);
        }
        return frames;
    }
}
