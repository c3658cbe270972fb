package io.segue.shell.internal.commands;

import static io.segue.shell.internal.fakes.FakeAudioDevices.device;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.DeviceTestResult;
import io.segue.api.audio.DeviceType;
import io.segue.shell.internal.fakes.FakeAudioDevices;
import io.segue.shell.internal.fakes.FakeStreamManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceTestAliasTest {

    private final FakeAudioDevices devices = new FakeAudioDevices(
            device("mock:sine", DeviceType.INPUT, 1, 0, true, "440 Hz sine"))
            .withTestResult(new DeviceTestResult("mock:sine", DeviceType.INPUT, AudioFormat.mono(22050), 11025, 503,
                    46.4, -9.03, -6.02, 0, false, null));
    private final DeviceTestAlias alias =
            new DeviceTestAlias(new DeviceTestCommand(devices, new FakeStreamManager("mock:sine")));

    @Test
    void runsTheDeviceTestWithItsOptions() {
        assertTrue(alias.run(List.of("--duration", "0.5", "mock:sine")).startsWith("OK: mock:sine"));
        assertEquals(Duration.ofMillis(500), devices.testedDuration());
        alias.run(List.of("mock:sine"));
        assertEquals(Duration.ofSeconds(2), devices.testedDuration());
    }

    @Test
    void wrongArgumentsSayTheUsage() {
        assertEquals("which device? " + DeviceTestAlias.USAGE,
                assertThrows(IllegalArgumentException.class, () -> alias.run(List.of())).getMessage());
        assertEquals("-d needs a number of seconds; " + DeviceTestAlias.USAGE,
                assertThrows(IllegalArgumentException.class, () -> alias.run(List.of("mock:sine", "-d")))
                        .getMessage());
        assertEquals("unexpected argument 'mock:noise'; " + DeviceTestAlias.USAGE,
                assertThrows(IllegalArgumentException.class, () -> alias.run(List.of("mock:sine", "mock:noise")))
                        .getMessage());
    }
}
