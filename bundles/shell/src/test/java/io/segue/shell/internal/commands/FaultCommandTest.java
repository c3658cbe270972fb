package io.segue.shell.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.shell.internal.fakes.CommandAnnotations;
import io.segue.shell.internal.fakes.FakeFaultInjector;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultCommandTest {

    private final FakeFaultInjector mock = new FakeFaultInjector("mock");
    private final FakeFaultInjector other = new FakeFaultInjector("synth");
    private final FaultCommand command = new FaultCommand();

    FaultCommandTest() {
        command.addInjector(other);
        command.addInjector(mock);
    }

    @Test
    void aloneListsTheUsageOfEveryInjector() {
        String usage = command.fault();

        assertTrue(usage.startsWith("faults of synth devices: segue:fault synth:<device> <fault> [arguments...]\n"),
                usage);
        assertTrue(usage.contains("\n\nfaults of mock devices: segue:fault mock:<device> <fault> [arguments...]\n"
                + "  disconnect        the device fails now\n"), usage);
    }

    @Test
    void withADeviceListsTheFaultsOfItsProvider() {
        String usage = command.fault("mock:sine");

        assertTrue(usage.startsWith("faults of mock devices:"), usage);
        assertTrue(!usage.contains("synth"), usage);
    }

    @Test
    void injectsThroughTheInjectorOfTheDevicesProvider() {
        String line = command.fault("mock:sine", "stall", "500");

        assertEquals("mock:sine: stall 500 injected", line);
        assertEquals(List.of("inject mock:sine stall [500]"), mock.calls());
        assertEquals(List.of(), other.calls());
    }

    @Test
    void clearsADevice() {
        assertEquals("mock:sine: faults cleared", command.fault(FaultCommand.CLEAR, "mock:sine"));
        assertEquals(List.of("clear mock:sine"), mock.calls());
    }

    @Test
    void namesTheProvidersThatTakeFaultsWhenTheDevicesDoesNot() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> command.fault("javasound:usb", "disconnect"));

        assertEquals("no fault injector for provider 'javasound' (faults can be injected into: synth, mock)",
                e.getMessage());
    }

    @Test
    void passesOnTheInjectorsRefusal() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> command.fault("mock:sine", "stall", "soon"));

        assertEquals("stall takes one argument, the milliseconds, got [soon]", e.getMessage());
        assertEquals(List.of(), mock.calls());
    }

    @Test
    void refusesSomethingThatIsNoDeviceId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> command.fault("sine", "disconnect"));

        assertEquals("'sine' is not a device id: expected <provider>:<device>, e.g. mock:sine", e.getMessage());
    }

    @Test
    void forgetsAnInjectorThatWentAway() {
        command.removeInjector(mock);
        command.removeInjector(other);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> command.fault(FaultCommand.CLEAR, "mock:sine"));

        assertEquals("no fault injector for provider 'mock' (no provider present takes faults)", e.getMessage());
        assertEquals("no fault injectors: no device provider present can fake failures", command.fault());
    }

    @Test
    void everyCommandAndArgumentIsDescribed() {
        CommandAnnotations.assertEveryCommandDescribed(FaultCommand.class);
    }
}
