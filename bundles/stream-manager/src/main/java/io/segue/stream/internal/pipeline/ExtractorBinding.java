package io.segue.stream.internal.pipeline;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;

/** An extractor service with what the pipeline knows of its registration. */
public record ExtractorBinding(FeatureExtractor extractor, ExtractorDescriptor descriptor, String bundle, int ranking,
        long serviceId) {

    /** Binds an extractor outside a framework (benchmarks, tools): no bundle, ranking 0. */
    public static ExtractorBinding standalone(FeatureExtractor extractor, long serviceId) {
        return new ExtractorBinding(extractor, extractor.descriptor(), "-", 0, serviceId);
    }

    String id() {
        return descriptor.id();
    }

    /** Of two extractors with the same id the higher ranking wins, then the older service. */
    boolean outranks(ExtractorBinding other) {
        return ranking != other.ranking ? ranking > other.ranking : serviceId < other.serviceId;
    }
}
