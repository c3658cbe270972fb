package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.DeviceChange;
import io.segue.api.audio.DeviceType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceChangeFormatTest {

    private static final AudioDeviceInfo USB = new AudioDeviceInfo("javasound:usb", "USB", "USB Audio CODEC",
            DeviceType.DUPLEX, 2, 2, List.of(), false, "javasound");
    private static final long AT_11_02_03 = Instant.parse("2026-11-24T11:02:03Z").toEpochMilli();

    @Test
    void saysWhichDeviceCameOrWentAndWhenInTheGivenZone() {
        assertEquals("+ javasound:usb appeared 11:02:03",
                DeviceChangeFormat.line(new DeviceChange(USB, true, AT_11_02_03), ZoneOffset.UTC));
        assertEquals("- javasound:usb disappeared 12:02:03",
                DeviceChangeFormat.line(new DeviceChange(USB, false, AT_11_02_03), ZoneId.of("Europe/Paris")));
    }

    @Test
    void recentShowsTheNewestOldestFirstAndSaysHowManyThereWere() {
        List<DeviceChange> changes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            changes.add(new DeviceChange(USB, i % 2 == 0, AT_11_02_03 + i * 1000L));
        }

        assertEquals("""
                recent device changes (newest 2 of 4)
                  + javasound:usb appeared 11:02:05
                  - javasound:usb disappeared 11:02:06""",
                DeviceChangeFormat.recent(changes, 2, ZoneOffset.UTC));
    }

    @Test
    void recentIsNothingWithoutChanges() {
        assertNull(DeviceChangeFormat.recent(List.of(), 5, ZoneOffset.UTC));
    }
}
