package io.segue.predictor.sections.internal.layout;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureFrame;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the values the section tracker reads sit in a {@link FeatureFrame}: per {@link Input}, the extractor id and
 * the offset of the output in its value array, found by the output's id in the extractor's
 * {@link ExtractorDescriptor} (so that an extractor that adds or reorders outputs is still read right). Immutable.
 */
public final class FeatureLayout {

    /** The values the tracker reads, each named by extractor id and output id. */
    public enum Input {
        /** EBU R 128 momentary loudness (400 ms), LUFS. */
        MOMENTARY_LOUDNESS("loudness", "momentary"),
        /** Spectral centroid, Hz. */
        CENTROID("spectral-centroid", "centroid"),
        /** Spectral flux. */
        FLUX("spectral-flux", "flux"),
        /** Onset event: seconds from the frame's start, NaN when none. */
        ONSET("onset", "onset"),
        /** Tempo, BPM; NaN when none. */
        BPM("tempo", "bpm"),
        /** Tempo confidence, 0..1. */
        TEMPO_CONFIDENCE("tempo", "confidence"),
        /** Beat event: seconds from the frame's start, NaN when none. */
        BEAT("tempo", "beat"),
        /** Energy over the last 3 s, 0..1. */
        ENERGY("energy", "energy");

        private final String extractorId;
        private final String outputId;

        Input(String extractorId, String outputId) {
            this.extractorId = extractorId;
            this.outputId = outputId;
        }

        public String extractorId() {
            return extractorId;
        }

        public String outputId() {
            return outputId;
        }
    }

    private static final Input[] INPUTS = Input.values();

    /** No extractor known: every value reads as missing. */
    public static final FeatureLayout EMPTY = of(List.of());

    /** Per input, the offset in its extractor's values, -1 when its extractor or output is unknown. */
    private final int[] offsets;

    private FeatureLayout(int[] offsets) {
        this.offsets = offsets;
    }

    /**
     * The layout for the extractors {@code descriptors} describe. When two descriptors share an id, the last one
     * counts.
     */
    public static FeatureLayout of(Collection<ExtractorDescriptor> descriptors) {
        Map<String, ExtractorDescriptor> byId = new HashMap<>();
        for (ExtractorDescriptor descriptor : descriptors) {
            byId.put(descriptor.id(), descriptor);
        }
        int[] offsets = new int[INPUTS.length];
        for (Input input : INPUTS) {
            ExtractorDescriptor descriptor = byId.get(input.extractorId);
            offsets[input.ordinal()] = descriptor == null ? -1 : descriptor.offsetOf(input.outputId);
        }
        return new FeatureLayout(offsets);
    }

    /** Whether the layout knows where {@code input} is. */
    public boolean has(Input input) {
        return offsets[input.ordinal()] >= 0;
    }

    /**
     * The value of {@code input} in {@code frame}: NaN when the layout does not know it, the frame has no values of
     * its extractor, or the values are too few (an extractor of another version).
     */
    public double read(FeatureFrame frame, Input input) {
        int offset = offsets[Objects.requireNonNull(input, "input").ordinal()];
        if (offset < 0) {
            return Double.NaN;
        }
        float[] values = frame.values(input.extractorId);
        return values == null || offset >= values.length ? Double.NaN : values[offset];
    }
}
