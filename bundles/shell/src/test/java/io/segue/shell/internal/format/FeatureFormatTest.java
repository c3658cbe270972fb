package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureSummary;
import io.segue.shell.internal.fakes.Extractors;
import io.segue.shell.internal.fakes.TestFrame;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureFormatTest {

    private static final Map<String, ExtractorDescriptor> DESCRIPTORS = Map.of(
            "rms", Extractors.RMS, "zcr", Extractors.ZCR, "spectral-centroid", Extractors.CENTROID,
            "bands", Extractors.BANDS);

    @Test
    void labelsValuesByExtractorAndOutputWithUnits() {
        TestFrame frame = TestFrame.of(7, 0.162, 0, "rms", new float[] {0.354f}, "zcr", new float[] {0.0399f},
                "spectral-centroid", new float[] {440.28f});

        assertEquals("rms=0.354 zcr=0.0399 spectral-centroid.centroid=440.3 Hz",
                FeatureFormat.values(frame, DESCRIPTORS));
    }

    @Test
    void bracketsOutputsOfSeveralValues() {
        TestFrame frame = TestFrame.of(0, 0, 0, "bands", new float[] {-3f, -12.5f, -40f, -2.1f});

        assertEquals("bands.energy=[-3 -12.5 -40] dB bands.total=-2.1 dB", FeatureFormat.values(frame, DESCRIPTORS));
    }

    @Test
    void showsRawValuesOfAnExtractorWithoutDescriptor() {
        TestFrame frame = TestFrame.of(0, 0, 0, "gone", new float[] {1f, 2f}, "rms", new float[] {0.5f});

        assertEquals("gone=[1 2] rms=0.5", FeatureFormat.values(frame, DESCRIPTORS));
    }

    @Test
    void showsWhatFitsWhenAFrameHasFewerValuesThanDeclared() {
        TestFrame frame = TestFrame.of(0, 0, 0, "bands", new float[] {-3f, -12.5f, -40f});

        assertEquals("bands.energy=[-3 -12.5 -40] dB", FeatureFormat.values(frame, DESCRIPTORS));
    }

    @Test
    void framesTableAlignsIndexAndTime() {
        String table = FeatureFormat.frames(List.of(
                TestFrame.of(9, 0.209, 0, "rms", new float[] {0.25f}),
                TestFrame.of(10, 0.2322, 0, "rms", new float[] {0.5f})), DESCRIPTORS);

        assertEquals("""
                frame  time (s)  features
                -----  --------  --------
                    9     0.209  rms=0.25
                   10     0.232  rms=0.5""", table);
    }

    @Test
    void summariesIndexOnlyOutputsOfSeveralValues() {
        String table = FeatureFormat.summaries(List.of(
                new FeatureSummary("rms", "rms", 0, "", 10, 0.3541, 0.01, 0.2, 0.5, Double.NaN),
                new FeatureSummary("bands", "energy", 0, "dB", 10, -3, 1, -5, -1, Double.NaN),
                new FeatureSummary("bands", "energy", 1, "dB", 10, -12, 2, -20, -8, Double.NaN)));

        assertEquals("""
                feature          unit    mean   std  min  max
                ---------------  ----  ------  ----  ---  ---
                rms                    0.3541  0.01  0.2  0.5
                bands.energy[0]  dB        -3     1   -5   -1
                bands.energy[1]  dB       -12     2  -20   -8""", table);
    }

    @Test
    void descriptorsByIdPreferTheActiveOfTwoDuplicates() {
        ExtractorDescriptor other = new ExtractorDescriptor("spectral-centroid", "Other", "9", "Other.",
                Extractors.CENTROID.outputs(), Extractors.CENTROID.inputs(), 0);

        Map<String, ExtractorDescriptor> byId = FeatureFormat.descriptorsById(List.of(
                Extractors.inactive(other, "com.example"), Extractors.active(Extractors.CENTROID)));

        assertSame(Extractors.CENTROID, byId.get("spectral-centroid"));
    }

    @Test
    void labelOmitsAnOutputIdThatRepeatsTheExtractorId() {
        assertEquals("rms", FeatureFormat.label("rms", "rms"));
        assertEquals("spectral-centroid.centroid", FeatureFormat.label("spectral-centroid", "centroid"));
    }
}
