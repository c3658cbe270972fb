package io.segue.predictor.harmony.internal.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.OutputDescriptor;
import org.junit.jupiter.api.Test;

/** The offsets the tracker reads are where the real extractors' output descriptors put them. */
class FrameLayoutTest {

    @Test
    void offsetsMatchTheExtractorsOutputDescriptors() {
        ExtractorDescriptor chroma = descriptor(FrameLayout.CHROMA);
        ExtractorDescriptor key = descriptor(FrameLayout.KEY);
        ExtractorDescriptor tempo = descriptor(FrameLayout.TEMPO);
        assertEquals(FrameLayout.CHROMA_VALUES, offset(chroma, "chroma"));
        assertEquals(12, chroma.outputs().stream().filter(o -> o.id().equals("chroma")).findFirst().orElseThrow()
                .size());
        assertEquals(FrameLayout.KEY_INDEX, offset(key, "key"));
        assertEquals(FrameLayout.KEY_STRENGTH, offset(key, "strength"));
        assertEquals(FrameLayout.TEMPO_BPM, offset(tempo, "bpm"));
        assertEquals(FrameLayout.TEMPO_BEAT, offset(tempo, "beat"));
    }

    private static ExtractorDescriptor descriptor(String id) {
        return StreamRun.extractors().stream().map(FeatureExtractor::descriptor).filter(d -> d.id().equals(id))
                .findFirst().orElseThrow();
    }

    private static int offset(ExtractorDescriptor descriptor, String output) {
        int offset = 0;
        for (OutputDescriptor o : descriptor.outputs()) {
            if (o.id().equals(output)) {
                return offset;
            }
            offset += o.size();
        }
        throw new AssertionError(descriptor.id() + " has no output " + output);
    }
}
