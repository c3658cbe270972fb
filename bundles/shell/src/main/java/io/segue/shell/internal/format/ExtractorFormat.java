package io.segue.shell.internal.format;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.ExtractorInfo;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The extractors table of {@code segue:extractors}. */
public final class ExtractorFormat {

    private ExtractorFormat() {
    }

    /** One row per extractor: id, name, version, outputs, inputs, ranking, bundle, active. */
    public static String table(List<ExtractorInfo> extractors) {
        if (extractors.isEmpty()) {
            return "no feature extractors registered";
        }
        TableFormat table = new TableFormat("id", "name", "version", "outputs", "inputs", "ranking", "bundle",
                "active").alignRight(5);
        for (ExtractorInfo info : extractors) {
            ExtractorDescriptor descriptor = info.descriptor();
            table.row(descriptor.id(), descriptor.name(), descriptor.version(), outputs(descriptor.outputs()),
                    inputs(descriptor), info.ranking(), info.bundle(), info.active() ? "yes" : "no");
        }
        return table.toString();
    }

    /** Outputs as {@code id[size] unit}, comma-separated, e.g. {@code centroid[1] Hz, spread[1] Hz}. */
    static String outputs(List<OutputDescriptor> outputs) {
        return outputs.stream()
                .map(output -> output.id() + "[" + output.size() + "]"
                        + (output.unit().isEmpty() ? "" : " " + output.unit()))
                .collect(Collectors.joining(", "));
    }

    private static String inputs(ExtractorDescriptor descriptor) {
        if (descriptor.inputs().isEmpty()) {
            return "-";
        }
        // Set order is unspecified: list the inputs in the enum's order so the column is stable
        return descriptor.inputs().stream()
                .sorted()
                .map(InputDomain::name)
                .map(name -> name.toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
    }
}
