package io.segue.library.testing;

import io.segue.api.audio.AudioFileDecoder;
import io.segue.api.feature.FeatureExtractor;
import io.segue.stream.internal.pipeline.ExtractorBinding;
import io.segue.stream.internal.pipeline.LivePipeline;
import io.segue.stream.internal.pipeline.PipelineConfig;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.util.List;

/**
 * The real streaming pipeline outside OSGi, for the library's tests: the same {@link LivePipeline} the runtime
 * registers, given extractors and decoders as SCR would. Lives in the pipeline's package because binding a decoder
 * is package-private there (extractors have a public way in, decoders not yet).
 */
public final class FilePipelines {

    private FilePipelines() {
    }

    public static LivePipeline of(List<FeatureExtractor> extractors, List<AudioFileDecoder> decoders) {
        LivePipeline pipeline = new LivePipeline(Configs.defaults(PipelineConfig.class),
                new RecordingLogger().logger());
        for (int i = 0; i < extractors.size(); i++) {
            pipeline.addExtractor(ExtractorBinding.standalone(extractors.get(i), i + 1));
        }
        decoders.forEach(pipeline::addDecoder);
        return pipeline;
    }
}
