package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.shell.internal.fakes.FakeFaultInjector;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultFormatTest {

    @Test
    void listsEachProvidersFaultsAndHowToClearThem() {
        assertEquals("""
                faults of mock devices: segue:fault mock:<device> <fault> [arguments...]
                  disconnect        the device fails now
                  stall <millis>    the device delivers nothing

                segue:fault clear <device> clears every fault injected into a device""",
                FaultFormat.usage(List.of(new FakeFaultInjector("mock"))));
    }

    @Test
    void saysWhenNoProviderCanFakeFailures() {
        assertEquals("no fault injectors: no device provider present can fake failures",
                FaultFormat.usage(List.of()));
    }
}
