package io.segue.shell.internal.commands;

import static io.segue.shell.internal.fakes.FakeAudioDevices.device;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.DeviceTestResult;
import io.segue.api.audio.DeviceType;
import io.segue.shell.internal.fakes.CommandAnnotations;
import io.segue.shell.internal.fakes.FakeAudioDevices;
import io.segue.shell.internal.fakes.FakeStreamManager;
import java.io.IOException;
import java.time.Duration;
import org.apache.felix.service.command.Parameter;
import org.junit.jupiter.api.Test;

class DeviceTestCommandTest {

    private final FakeAudioDevices devices = new FakeAudioDevices(
            device("mock:sine", DeviceType.INPUT, 1, 0, true, "440 Hz sine"),
            device("javasound:usb", DeviceType.DUPLEX, 2, 2, false, "USB interface"))
            .withTestResult(new DeviceTestResult("mock:sine", DeviceType.INPUT, AudioFormat.mono(22050), 44100, 2003,
                    46.4, -9.03, -6.02, 0, false, null))
            .withTestResult(new DeviceTestResult("javasound:usb", DeviceType.INPUT, null, 0, 15, Double.NaN,
                    Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, true, "Line unavailable"));
    private final FakeStreamManager stream = new FakeStreamManager("mock:sine");
    private final DeviceTestCommand command = new DeviceTestCommand(devices, stream);

    @Test
    void testsForTwoSecondsInTheDefaultFormatWhenTheStreamNeverRan() {
        String report = command.deviceTest(DeviceTestCommand.DEFAULT_SECONDS, "mock:sine");

        assertTrue(report.startsWith("OK: mock:sine captured 44100 frames\n"), report);
        assertTrue(report.contains("\nlatency   46.4 ms\nlevel     -9.0 dBFS\npeak      -6.0 dBFS\n"), report);
        assertEquals(AudioFormat.mono(22050), devices.testedFormat());
        assertEquals(Duration.ofSeconds(2), devices.testedDuration());
    }

    @Test
    void testsInTheStreamsFormatAndForTheGivenDuration() throws IOException {
        stream.withFormat(AudioFormat.mono(44100)).start();

        command.deviceTest("0.5", "mock:sine");

        assertEquals(AudioFormat.mono(44100), devices.testedFormat());
        assertEquals(Duration.ofMillis(500), devices.testedDuration());
    }

    @Test
    void aDeviceFailureIsReportedNotThrown() {
        String report = command.deviceTest("1", "javasound:usb");

        assertTrue(report.startsWith("FAILED: javasound:usb: Line unavailable\n"), report);
        assertTrue(report.endsWith("\nerror     Line unavailable"), report);
    }

    @Test
    void anUnknownDeviceIsRefusedWithThePresentIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> command.deviceTest("1", "javasound:gone"));

        assertEquals("no audio device 'javasound:gone'; present: [mock:sine, javasound:usb]", e.getMessage());
    }

    @Test
    void refusesADurationOutOfRangeBeforeTesting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> command.deviceTest("61", "mock:sine"));

        assertEquals("-d/--duration must be in 0.1..60, was 61", e.getMessage());
        assertEquals(null, devices.testedDuration());
    }

    @Test
    void durationIsAnOptionWithShortAndLongNames() throws NoSuchMethodException {
        Parameter duration = DeviceTestCommand.class.getMethod("deviceTest", String.class, String.class)
                .getParameters()[0].getAnnotation(Parameter.class);

        assertEquals("-d,--duration", String.join(",", duration.names()));
        assertEquals("2", duration.absentValue());
    }

    @Test
    void everyCommandAndArgumentIsDescribed() {
        CommandAnnotations.assertEveryCommandDescribed(DeviceTestCommand.class);
    }
}
