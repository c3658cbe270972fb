package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.api.feature.FeatureSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoFormatTest {

    @Test
    void reportsTheRunThenTheFeatureStatistics() {
        DemoReport report = new DemoReport("mock:sine", AudioFormat.mono(22050), 3.0042, 65, 1, 129, true,
                List.of(new FeatureSummary("rms", "rms", 0, "", 129, 0.7071, 0.001, 0.705, 0.709, Double.NaN)), null);

        assertEquals("""
                device            mock:sine
                format            22050 Hz, mono
                stream            started and stopped by the demo
                seconds streamed  3.00
                chunks captured   65
                chunks dropped    1
                frames analysed   129

                feature  unit    mean    std    min    max
                -------  ----  ------  -----  -----  -----
                rms            0.7071  0.001  0.705  0.709""", DemoFormat.report(report));
    }

    @Test
    void saysWhenTheStreamWasAlreadyRunning() {
        DemoReport report = new DemoReport("mock:sine", AudioFormat.mono(22050), 1, 22, 0, 43, false, List.of(),
                null);

        assertTrue(DemoFormat.report(report).contains("\nstream            already running, left running\n"));
    }

    @Test
    void saysWhyTheStreamRunsWhereItRuns() {
        DemoReport report = new DemoReport("mock:sine", AudioFormat.mono(22050), 1, 22, 0, 43, true, List.of(),
                "running on the fallback device mock:sine: the configured device javasound:usb is unavailable");

        assertTrue(DemoFormat.report(report).contains("\nnote              running on the fallback device mock:sine: "
                + "the configured device javasound:usb is unavailable\n"), DemoFormat.report(report));
    }
}
