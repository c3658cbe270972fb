package io.segue.shell.internal.commands;

import static io.segue.shell.internal.fakes.FakeAudioDevices.device;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.DeviceChange;
import io.segue.api.audio.DeviceType;
import io.segue.shell.internal.fakes.CommandAnnotations;
import io.segue.shell.internal.fakes.FakeAudioDevices;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.felix.service.command.Parameter;
import org.junit.jupiter.api.Test;

class DeviceCommandsTest {

    private final FakeAudioDevices devices = new FakeAudioDevices(
            device("mock:sine", DeviceType.INPUT, 1, 0, true, "440 Hz sine"),
            device("javasound:0", DeviceType.OUTPUT, 0, 2, true, "Speakers"),
            device("javasound:1", DeviceType.DUPLEX, 2, 2, false, "USB interface"));
    private final DeviceCommands commands = new DeviceCommands(devices, ZoneOffset.UTC);

    @Test
    void listsEveryDeviceByDefault() {
        String table = commands.devices(DeviceCommands.ALL);

        assertEquals(5, table.lines().count(), table);
        assertTrue(table.contains("mock:sine") && table.contains("javasound:0") && table.contains("javasound:1"));
    }

    @Test
    void filtersByTypeIgnoringCase() {
        String table = commands.devices("Input");

        assertTrue(table.contains("mock:sine"), table);
        assertTrue(table.contains("javasound:1"), "duplex devices capture too: " + table);
        assertFalse(table.contains("javasound:0"), table);
    }

    @Test
    void showsTheRecentDeviceChangesUnderTheTable() {
        long at = Instant.parse("2026-11-24T11:02:03Z").toEpochMilli();
        devices.withChanges(new DeviceChange(devices.list().get(2), true, at));

        String table = commands.devices("output");

        assertTrue(table.endsWith("javasound:1  duplex   2    2           USB interface\n\nrecent device changes\n"
                + "  + javasound:1 appeared 11:02:03"), table);
    }

    @Test
    void saysWhenNoDeviceOfTheTypeExists() {
        DeviceCommands none = new DeviceCommands(new FakeAudioDevices());

        assertEquals("no duplex devices found", none.devices("duplex"));
    }

    @Test
    void refusesAnUnknownTypeNamingTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> commands.devices("mic"));

        assertEquals("unknown device type 'mic': use input, output, duplex or all", e.getMessage());
    }

    @Test
    void typeIsAnOptionWithShortAndLongNames() throws NoSuchMethodException {
        Parameter type = DeviceCommands.class.getMethod("devices", String.class).getParameters()[0]
                .getAnnotation(Parameter.class);

        assertEquals("-t,--type", String.join(",", type.names()));
        assertEquals(DeviceCommands.ALL, type.absentValue());
    }

    @Test
    void everyCommandAndArgumentIsDescribed() {
        CommandAnnotations.assertEveryCommandDescribed(DeviceCommands.class);
    }
}
