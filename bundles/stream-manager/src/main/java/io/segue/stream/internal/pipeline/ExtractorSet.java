package io.segue.stream.internal.pipeline;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The processors one analysis runs, with their value arrays, fixed for a format. Rebuilt (off the steady state)
 * when extractors come or go or the format changes; processors of extractors that stay are kept with their state.
 */
final class ExtractorSet {

    static final ExtractorSet EMPTY = new ExtractorSet(null, List.of(), List.of());

    final AnalysisFormat format;
    final List<String> ids;
    final ExtractorBinding[] bindings;
    final FeatureProcessor[] processors;
    final float[][] values;
    final boolean[] failed;
    final boolean needsSpectrum;

    private ExtractorSet(AnalysisFormat format, List<ExtractorBinding> bindings, List<FeatureProcessor> processors) {
        this.format = format;
        this.ids = bindings.stream().map(ExtractorBinding::id).toList();
        this.bindings = bindings.toArray(ExtractorBinding[]::new);
        this.processors = processors.toArray(FeatureProcessor[]::new);
        this.values = new float[this.bindings.length][];
        for (int i = 0; i < this.bindings.length; i++) {
            values[i] = new float[this.bindings[i].descriptor().valueCount()];
        }
        this.failed = new boolean[this.bindings.length];
        this.needsSpectrum = bindings.stream()
                .anyMatch(b -> b.descriptor().inputs().contains(InputDomain.MAGNITUDE_SPECTRUM));
    }

    /**
     * The set for {@code active} extractors at {@code format}, reusing {@code previous}'s processors where the
     * extractor and format are unchanged. An extractor that cannot create a processor is left out and reported.
     */
    static ExtractorSet create(List<ExtractorBinding> active, AnalysisFormat format, ExtractorSet previous,
            Consumer<String> problems) {
        List<ExtractorBinding> kept = new ArrayList<>();
        List<FeatureProcessor> processors = new ArrayList<>();
        for (ExtractorBinding binding : active) {
            FeatureProcessor processor = previous.reusable(binding, format);
            if (processor == null) {
                try {
                    processor = binding.extractor().createProcessor(format);
                } catch (RuntimeException e) {
                    problems.accept("extractor " + binding.id() + " cannot run at " + format + ": " + e.getMessage());
                    continue;
                }
            }
            kept.add(binding);
            processors.add(processor);
        }
        return new ExtractorSet(format, kept, processors);
    }

    private FeatureProcessor reusable(ExtractorBinding binding, AnalysisFormat wanted) {
        if (!wanted.equals(format)) {
            return null;
        }
        for (int i = 0; i < bindings.length; i++) {
            if (bindings[i].serviceId() == binding.serviceId() && !failed[i]) {
                return processors[i];
            }
        }
        return null;
    }

    int size() {
        return bindings.length;
    }
}
