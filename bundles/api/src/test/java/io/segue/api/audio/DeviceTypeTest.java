package io.segue.api.audio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeviceTypeTest {

    @Test
    void duplexDevicesServeAsInputsAndOutputs() {
        assertTrue(DeviceType.DUPLEX.matches(DeviceType.INPUT));
        assertTrue(DeviceType.DUPLEX.matches(DeviceType.OUTPUT));
        assertTrue(DeviceType.INPUT.matches(DeviceType.INPUT));
        assertFalse(DeviceType.INPUT.matches(DeviceType.OUTPUT));
        assertFalse(DeviceType.OUTPUT.matches(DeviceType.INPUT));
        assertFalse(DeviceType.INPUT.matches(DeviceType.DUPLEX));
    }
}
