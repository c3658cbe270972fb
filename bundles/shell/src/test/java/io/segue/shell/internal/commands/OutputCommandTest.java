package io.segue.shell.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.stream.LatencyStats;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamState;
import io.segue.shell.internal.fakes.CommandAnnotations;
import io.segue.shell.internal.fakes.FakeStreamManager;
import java.io.IOException;
import org.apache.felix.service.command.Parameter;
import org.junit.jupiter.api.Test;

class OutputCommandTest {

    private final FakeStreamManager stream = new FakeStreamManager("mock:sine", "javasound:0");
    private final OutputCommand command = new OutputCommand(stream);

    @Test
    void startPlaysToTheDeviceWithOrWithoutMonitoring() throws IOException {
        assertEquals("RUNNING on javasound:0, 22050 Hz, mono, 1024 frames per chunk",
                command.output(false, "start", "javasound:0"));
        assertFalse(stream.monitoring());

        command.output("stop");
        command.output(true, "start", "javasound:0");
        assertTrue(stream.monitoring());
    }

    @Test
    void stopStopsTheOutputOnly() throws IOException {
        stream.running();
        command.output(false, "start", "javasound:0");

        assertTrue(command.output("stop").startsWith("STOPPED on javasound:0"));
        assertEquals(StreamState.STOPPED, stream.outputState());
        assertEquals(StreamState.RUNNING, stream.state());
    }

    @Test
    void statusShowsUnderflowsDropsQueueAndLatency() throws IOException {
        command.output(false, "start", "javasound:0");
        stream.withOutputMetrics(new StreamMetrics(40, 50, 3, 0, 0, 10, 0, 0, 2, 16, 22050, 2000,
                new LatencyStats(40, 46.4, 69.7, 92.9), Double.NaN));

        String status = command.output("status");

        assertTrue(status.startsWith("state           RUNNING\ndevice          javasound:0\n"), status);
        assertTrue(status.contains("\nunderflows      10\nchunks dropped  3\n"), status);
        assertTrue(status.contains("\nqueue           2/16 chunks\n"), status);
        assertTrue(status.endsWith("\nlatency         p50 46.4 ms, p99 69.7 ms, max 92.9 ms over 40"), status);
        assertEquals(status, command.output());
    }

    @Test
    void passesOnTheServicesRefusals() throws IOException {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> command.output(false, "start", "javasound:9"));
        command.output(false, "start", "javasound:0");
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> command.output(false, "start", "javasound:0"));

        assertEquals("no device 'javasound:9'; known: [mock:sine, javasound:0]", unknown.getMessage());
        assertEquals("the output stream is already RUNNING", twice.getMessage());
    }

    @Test
    void saysWhatAStartWithoutDeviceNeeds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> command.output("start"));

        assertEquals("segue:output start needs a device id, e.g. segue:output start mock:sine (see segue:devices)",
                e.getMessage());
    }

    @Test
    void refusesAnUnknownActionNamingTheKnownOnes() {
        IllegalArgumentException alone = assertThrows(IllegalArgumentException.class,
                () -> command.output("pause"));
        IllegalArgumentException withDevice = assertThrows(IllegalArgumentException.class,
                () -> command.output(false, "play", "javasound:0"));

        assertEquals("unknown output action 'pause': use start <device> [--monitor], stop or status",
                alone.getMessage());
        assertEquals("unknown output action 'play javasound:0': use start <device> [--monitor], stop or status",
                withDevice.getMessage());
    }

    @Test
    void monitorIsAFlag() throws NoSuchMethodException {
        Parameter monitor = OutputCommand.class.getMethod("output", boolean.class, String.class, String.class)
                .getParameters()[0].getAnnotation(Parameter.class);

        assertEquals("--monitor", String.join(",", monitor.names()));
        assertEquals("true", monitor.presentValue());
    }

    @Test
    void everyCommandAndArgumentIsDescribed() {
        CommandAnnotations.assertEveryCommandDescribed(OutputCommand.class);
    }
}
