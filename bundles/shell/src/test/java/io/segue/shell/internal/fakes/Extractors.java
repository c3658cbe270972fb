package io.segue.shell.internal.fakes;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.ExtractorInfo;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import java.util.List;
import java.util.Set;

/** Descriptors of a few typical extractors, as an extractor bundle would declare them. */
public final class Extractors {

    private Extractors() {
    }

    public static final ExtractorDescriptor RMS = new ExtractorDescriptor("rms", "RMS level", "1", "Root mean square.",
            List.of(output("rms", "", 1, 0, 1)), Set.of(InputDomain.WAVEFORM), 0);

    public static final ExtractorDescriptor ZCR = new ExtractorDescriptor("zcr", "Zero-crossing rate", "1",
            "Sign changes per sample.", List.of(output("zcr", "", 1, 0, 1)), Set.of(InputDomain.WAVEFORM), 0);

    public static final ExtractorDescriptor CENTROID = new ExtractorDescriptor("spectral-centroid",
            "Spectral centroid", "2", "Centre of mass of the spectrum.",
            List.of(output("centroid", "Hz", 1, 0, Double.POSITIVE_INFINITY)),
            Set.of(InputDomain.MAGNITUDE_SPECTRUM), 0);

    /** Two outputs, the first of three values: exercises offsets and indexes. */
    public static final ExtractorDescriptor BANDS = new ExtractorDescriptor("bands", "Band energies", "1",
            "Energy in three bands and their total.",
            List.of(output("energy", "dB", 3, Double.NEGATIVE_INFINITY, 0), output("total", "dB", 1,
                    Double.NEGATIVE_INFINITY, 0)),
            Set.of(InputDomain.MAGNITUDE_SPECTRUM, InputDomain.WAVEFORM), 0);

    /** The shape of the built-in tempo extractor: a stream tempo, a beat event and the whole-file tempo. */
    public static final ExtractorDescriptor TEMPO = new ExtractorDescriptor("tempo", "Tempo and beats", "1",
            "Tempo.", List.of(output("bpm", "BPM", 1, 0, 300), output("confidence", "", 1, 0, 1),
                    output("beat", "s", 1, Double.NEGATIVE_INFINITY, 0), output("file-bpm", "BPM", 1, 0, 300),
                    output("file-confidence", "", 1, 0, 1)),
            Set.of(InputDomain.MAGNITUDE_SPECTRUM), 400);

    public static final ExtractorDescriptor KEY = new ExtractorDescriptor("key", "Key", "1", "Key.",
            List.of(output("key", "", 1, 0, 23), output("strength", "", 1, 0, 1), output("file-key", "", 1, 0, 23),
                    output("file-strength", "", 1, 0, 1)),
            Set.of(InputDomain.MAGNITUDE_SPECTRUM), 1000);

    public static final ExtractorDescriptor ONSET = new ExtractorDescriptor("onset", "Onsets", "1", "Onsets.",
            List.of(output("strength", "", 1, 0, Double.POSITIVE_INFINITY),
                    output("onset", "s", 1, Double.NEGATIVE_INFINITY, 0)),
            Set.of(InputDomain.MAGNITUDE_SPECTRUM), 8);

    public static ExtractorInfo active(ExtractorDescriptor descriptor) {
        return new ExtractorInfo(descriptor, "io.segue.feature-extractors", 0, true);
    }

    public static ExtractorInfo inactive(ExtractorDescriptor descriptor, String bundle) {
        return new ExtractorInfo(descriptor, bundle, -10, false);
    }

    private static OutputDescriptor output(String id, String unit, int size, double min, double max) {
        return new OutputDescriptor(id, id, unit, size, min, max, "Test output " + id + ".");
    }
}
