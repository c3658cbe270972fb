package io.segue.shell.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.feature.FeatureSummary;
import io.segue.shell.internal.fakes.Extractors;
import io.segue.shell.internal.fakes.TestFrame;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureStatisticsTest {

    private final FeatureStatistics statistics = new FeatureStatistics(
            Map.of("rms", Extractors.RMS, "bands", Extractors.BANDS));

    @Test
    void computesMeanStdMinMaxAndLastPerValue() {
        statistics.add(TestFrame.of(0, 0, 0, "rms", new float[] {0.25f}));
        statistics.add(TestFrame.of(1, 0, 0, "rms", new float[] {0.75f}));

        assertEquals(List.of(new FeatureSummary("rms", "rms", 0, "", 2, 0.5, 0.25, 0.25, 0.75, 0.75)),
                statistics.summaries());
        assertEquals(2, statistics.frames());
    }

    @Test
    void laysOutValuesByTheDescriptorsOutputs() {
        statistics.add(TestFrame.of(0, 0, 0, "bands", new float[] {-1f, -2f, -3f, -4f}));

        List<FeatureSummary> summaries = statistics.summaries();

        assertEquals(List.of("energy0", "energy1", "energy2", "total0"),
                summaries.stream().map(s -> s.outputId() + s.index()).toList());
        assertEquals(-4, summaries.get(3).mean());
        assertEquals("dB", summaries.get(3).unit());
    }

    @Test
    void leavesNonFiniteValuesOutOfTheStatistics() {
        statistics.add(TestFrame.of(0, 0, 0, "rms", new float[] {Float.NaN}));
        statistics.add(TestFrame.of(1, 0, 0, "rms", new float[] {Float.NEGATIVE_INFINITY}));
        statistics.add(TestFrame.of(2, 0, 0, "rms", new float[] {0.5f}));

        FeatureSummary rms = statistics.summaries().get(0);

        assertEquals(1, rms.count());
        assertEquals(0.5, rms.mean());
        assertEquals(3, statistics.frames());

        statistics.add(TestFrame.of(3, 0, 0, "rms", new float[] {Float.NaN}));
        assertEquals(Double.NaN, statistics.summaries().get(0).last(), "the final frame had no value");
    }

    @Test
    void summarizesAnExtractorWithoutDescriptorUnderItsId() {
        statistics.add(TestFrame.of(0, 0, 0, "new-one", new float[] {1f, 3f}));

        assertEquals(List.of(new FeatureSummary("new-one", "new-one", 0, "", 1, 1, 0, 1, 1, 1),
                new FeatureSummary("new-one", "new-one", 1, "", 1, 3, 0, 3, 3, 3)), statistics.summaries());
    }
}
