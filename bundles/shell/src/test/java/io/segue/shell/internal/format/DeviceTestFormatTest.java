package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.DeviceTestResult;
import io.segue.api.audio.DeviceType;
import org.junit.jupiter.api.Test;

class DeviceTestFormatTest {

    @Test
    void aCleanCaptureSaysOkThenEveryFigure() {
        DeviceTestResult result = new DeviceTestResult("mock:sine", DeviceType.INPUT, AudioFormat.mono(22050), 44100,
                2004, 46.44, -9.03, -6.02, 0, false, null);

        assertEquals("""
                OK: mock:sine captured 44100 frames
                device    mock:sine
                test      capture
                format    22050 Hz, mono
                frames    44100
                duration  2004 ms
                latency   46.44 ms
                level     -9.0 dBFS
                peak      -6.0 dBFS
                clipped   0 samples
                silent    no
                error     -""", DeviceTestFormat.report(result));
    }

    @Test
    void aFailureSaysSoOnTheFirstLineWithTheError() {
        DeviceTestResult result = new DeviceTestResult("javasound:usb", DeviceType.INPUT, null, 0, 12, Double.NaN,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, true, "Line unavailable: device busy");

        String report = DeviceTestFormat.report(result);

        assertTrue(report.startsWith("FAILED: javasound:usb: Line unavailable: device busy\n"), report);
        assertTrue(report.contains("\nformat    -\n"), report);
        assertTrue(report.contains("\nlatency   -\n"), report);
        assertTrue(report.contains("\nlevel     -inf dBFS\n"), report);
        assertTrue(report.contains("\nsilent    yes\n"), report);
        assertTrue(report.endsWith("\nerror     Line unavailable: device busy"), report);
    }

    @Test
    void noFramesWithoutAnErrorIsAFailureToo() {
        DeviceTestResult result = new DeviceTestResult("javasound:0", DeviceType.OUTPUT, AudioFormat.mono(44100), 0,
                2000, 20, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, true, null);

        String report = DeviceTestFormat.report(result);

        assertTrue(report.startsWith("FAILED: javasound:0: no audio played in 2000 ms\n"), report);
        assertTrue(report.contains("\ntest      playback\n"), report);
    }

    @Test
    void clippingIsCounted() {
        DeviceTestResult result = new DeviceTestResult("mock:noise", DeviceType.INPUT, AudioFormat.mono(22050), 22050,
                1000, 23.2, -0.5, 0, 312, false, null);

        String report = DeviceTestFormat.report(result);

        assertTrue(report.contains("\npeak      0.0 dBFS\nclipped   312 samples\n"), report);
    }
}
