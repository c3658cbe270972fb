package io.segue.predictor.sections.internal.testing;

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
 * The real live pipeline outside OSGi, for the section predictor's tests: the extractors bound as SCR would bind
 * them, the audio fed in chunks as a device delivers it, every frame copied by a feature listener. Lives in the
 * pipeline's package because binding a listener is package-private there.
 */
public final class PipelineFrames {

    private static final int CHUNK_FRAMES = 1024;

    private PipelineFrames() {
    }

    /** The frames the live pipeline makes of mono {@code samples} at {@code sampleRateHz}, in order. */
    public static List<FeatureFrame> of(List<FeatureExtractor> extractors, float[] samples, int sampleRateHz) {
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
        for (int at = 0; at < samples.length; at += CHUNK_FRAMES) {
            int n = Math.min(CHUNK_FRAMES, samples.length - at);
            System.arraycopy(samples, at, chunk, 0, n);
            pipeline.onChunk(sequence++, 0, format, chunk, n);
        }
        return frames;
    }
}
