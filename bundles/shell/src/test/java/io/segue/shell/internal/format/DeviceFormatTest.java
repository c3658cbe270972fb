package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.DeviceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceFormatTest {

    @Test
    void showsIdTypeChannelsDefaultMarkAndDescription() {
        List<AudioDeviceInfo> devices = List.of(
                new AudioDeviceInfo("mock:sine", "Sine", "440 Hz sine wave", DeviceType.INPUT, 1, 0, List.of(), true,
                        "mock"),
                new AudioDeviceInfo("javasound:2", "USB", "USB Audio CODEC", DeviceType.DUPLEX, 2, 12, List.of(),
                        false, "javasound"));

        assertEquals("""
                id           type    in  out  default  description
                -----------  ------  --  ---  -------  ----------------
                mock:sine    input    1    0  *        440 Hz sine wave
                javasound:2  duplex   2   12           USB Audio CODEC""", DeviceFormat.table(devices, "devices"));
    }

    @Test
    void saysWhatWasNotFound() {
        assertEquals("no output devices found", DeviceFormat.table(List.of(), "output devices"));
    }
}
