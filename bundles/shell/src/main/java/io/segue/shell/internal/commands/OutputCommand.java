package io.segue.shell.internal.commands;

import io.segue.api.stream.AudioStreamManager;
import io.segue.shell.internal.format.StatusFormat;
import java.io.IOException;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code segue:output start <device> [--monitor] | stop | status}: the output stream. */
@Component(service = OutputCommand.class, immediate = true)
@GogoCommand(scope = "segue", function = {"output"})
public final class OutputCommand {

    static final String START = "start";
    static final String STOP = "stop";
    static final String STATUS = "status";

    private final AudioStreamManager stream;

    @Activate
    public OutputCommand(@Reference(name = "stream") AudioStreamManager stream) {
        this.stream = stream;
    }

    @Descriptor("show the output stream: state, device, underflows, drops, queue and latency")
    public String output() {
        return StatusFormat.outputReport(stream.outputStatus());
    }

    @Descriptor("stop the output stream, or show it")
    public String output(@Descriptor("stop or status") String action) {
        return switch (action) {
            case STOP -> StatusFormat.line(stream.stopOutput());
            case STATUS -> output();
            case START -> throw new IllegalArgumentException(
                    "segue:output start needs a device id, e.g. segue:output start mock:sine (see segue:devices)");
            default -> throw unknownAction(action);
        };
    }

    @Descriptor("start the output stream on a device")
    public String output(
            @Descriptor("play the input stream's chunks as they are captured")
            @Parameter(names = "--monitor", presentValue = "true", absentValue = "false") boolean monitor,
            @Descriptor("start") String action,
            @Descriptor("output device id, as listed by segue:devices -t output") String device)
            throws IOException {
        if (!START.equals(action)) {
            throw unknownAction(action + " " + device);
        }
        return StatusFormat.line(stream.startOutput(device, monitor));
    }

    private static IllegalArgumentException unknownAction(String action) {
        return new IllegalArgumentException(
                "unknown output action '" + action + "': use start <device> [--monitor], stop or status");
    }
}
