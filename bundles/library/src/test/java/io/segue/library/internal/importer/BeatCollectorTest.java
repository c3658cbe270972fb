package io.segue.library.internal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.FeatureFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeatCollectorTest {

    private static final int BEAT_OFFSET = 2;

    @Test
    void theGridsPhaseIsTheCircularMeanOfTheBeatsHeard() {
        BeatCollector beats = new BeatCollector("tempo", BEAT_OFFSET);
        double period = 0.5;
        // beats at 0.1 + k * 0.5 s with ±10 ms jitter, reported 40 ms into frames that start 23 ms apart
        for (int k = 0; k < 40; k++) {
            double beat = 0.1 + k * period + (k % 2 == 0 ? 0.01 : -0.01);
            beats.onFeatures(frame(beat - 0.04, 0.04f));
            beats.onFeatures(frame(beat + 0.003, Float.NaN));
        }
        assertEquals(40, beats.count());
        assertEquals(0.1, beats.firstBeatSeconds(120), 1e-6);
    }

    @Test
    void beatsAcrossThePeriodsEdgeWrapAround() {
        BeatCollector beats = new BeatCollector("tempo", BEAT_OFFSET);
        // a grid at phase 0 heard slightly early and late: 0.49 and 0.51 mod 0.5 average to 0, not to 0.25
        for (int k = 1; k < 20; k++) {
            beats.onFeatures(frame(k * 0.5 + (k % 2 == 0 ? -0.01 : 0.01), 0f));
        }
        double first = beats.firstBeatSeconds(120);
        assertTrue(first < 0.002 || first > 0.498, "first beat " + first);
    }

    @Test
    void withoutATempoOrBeatsThereIsNoGrid() {
        BeatCollector none = new BeatCollector("tempo", BEAT_OFFSET);
        assertTrue(Double.isNaN(none.firstBeatSeconds(120)));
        none.onFeatures(frame(1, 0f));
        assertTrue(Double.isNaN(none.firstBeatSeconds(Double.NaN)));
        BeatCollector noOutput = new BeatCollector("tempo", -1);
        noOutput.onFeatures(frame(1, 0f));
        assertEquals(0, noOutput.count());
    }

    /** A frame of the tempo extractor whose beat output says {@code beat} (seconds after {@code startSeconds}). */
    private static FeatureFrame frame(double startSeconds, float beat) {
        float[] values = {120, 0.5f, beat};
        return new FeatureFrame() {
            @Override
            public long index() {
                return 0;
            }

            @Override
            public double startSeconds() {
                return startSeconds;
            }

            @Override
            public long captureNanos() {
                return 0;
            }

            @Override
            public List<String> extractorIds() {
                return List.of("tempo");
            }

            @Override
            public float[] values(String extractorId) {
                return "tempo".equals(extractorId) ? values : null;
            }

            @Override
            public FeatureFrame copy() {
                return this;
            }
        };
    }
}
