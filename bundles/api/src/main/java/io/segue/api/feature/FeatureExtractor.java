package io.segue.api.feature;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A feature extractor: describes itself and creates the processors that compute it. Register as an OSGi service;
 * the {@link StreamingPipeline} picks up every extractor service, including ones registered while the stream runs,
 * and drops one when its service goes away (losing at most the frame in flight).
 *
 * <p>The extractor service itself is stateless and shared; all per-stream state lives in its processors, so that
 * the live stream and a file analysis can run the same extractor at the same time.
 *
 * <p>Extractors never compute their own FFT of the frame: they declare {@link InputDomain#MAGNITUDE_SPECTRUM} and
 * read the shared {@link AnalysisFrame#magnitudes()}.
 */
@ConsumerType
public interface FeatureExtractor {

    /** What this extractor computes and needs. Constant for the life of the service. */
    ExtractorDescriptor descriptor();

    /**
     * Creates a processor for frames of {@code format}. Called between frames when a stream starts, the framing
     * changes or extractors come and go (for the live stream, on the analysis thread): keep it quick, and allocate
     * everything the processor needs here, never in {@link FeatureProcessor#process}.
     *
     * @throws IllegalArgumentException when the extractor cannot work at this format; the message says why
     */
    FeatureProcessor createProcessor(AnalysisFormat format);
}
