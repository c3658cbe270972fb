package io.segue.api.feature;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an extractor is and what it needs, so that a host can list, select and lay out extractors it has never
 * seen.
 *
 * @param id            unique identifier among extractors (e.g. {@code spectral-centroid}); also the key of its
 *                      values in a {@link FeatureFrame}
 * @param name          human-readable name
 * @param version       version of the algorithm: changes whenever its values would change
 * @param description   one sentence on what it measures
 * @param outputs       the outputs, in the order their values are written
 * @param inputs        what it reads from each frame
 * @param historyFrames how many earlier frames its value depends on (0 for a per-frame feature); bounded state
 */
public record ExtractorDescriptor(String id, String name, String version, String description,
        List<OutputDescriptor> outputs, Set<InputDomain> inputs, int historyFrames) {

    public ExtractorDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        outputs = List.copyOf(outputs);
        inputs = Set.copyOf(inputs);
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("extractor '" + id + "' declares no output");
        }
        if (historyFrames < 0) {
            throw new IllegalArgumentException("extractor '" + id + "' historyFrames must be >= 0");
        }
    }

    /** Values per frame over all outputs: the length of the array {@link FeatureProcessor#process} fills. */
    public int valueCount() {
        int n = 0;
        for (OutputDescriptor output : outputs) {
            n += output.size();
        }
        return n;
    }

    /** Where output {@code outputId}'s values start in the extractor's value array, or -1 if it has none such. */
    public int offsetOf(String outputId) {
        int offset = 0;
        for (OutputDescriptor output : outputs) {
            if (output.id().equals(outputId)) {
                return offset;
            }
            offset += output.size();
        }
        return -1;
    }
}
