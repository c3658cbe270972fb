package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.shell.internal.fakes.Extractors;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorFormatTest {

    @Test
    void showsOutputsWithSizeAndUnitInputsBundleAndActiveFlag() {
        String table = ExtractorFormat.table(List.of(
                Extractors.active(Extractors.BANDS),
                Extractors.active(Extractors.CENTROID),
                Extractors.inactive(Extractors.CENTROID, "com.example.centroid")));

        assertEquals("""
                id                 name               version  outputs                    inputs                        ranking  bundle                       active
                -----------------  -----------------  -------  -------------------------  ----------------------------  -------  ---------------------------  ------
                bands              Band energies      1        energy[3] dB, total[1] dB  waveform, magnitude-spectrum        0  io.segue.feature-extractors  yes
                spectral-centroid  Spectral centroid  2        centroid[1] Hz             magnitude-spectrum                  0  io.segue.feature-extractors  yes
                spectral-centroid  Spectral centroid  2        centroid[1] Hz             magnitude-spectrum                -10  com.example.centroid         no""",
                table);
    }

    @Test
    void leavesOutTheUnitOfDimensionlessOutputs() {
        assertEquals("rms[1]", ExtractorFormat.outputs(Extractors.RMS.outputs()));
    }

    @Test
    void saysWhenThereAreNone() {
        assertEquals("no feature extractors registered", ExtractorFormat.table(List.of()));
    }
}
