package io.segue.shell.internal.commands;

import io.segue.api.audio.AudioDevices;
import io.segue.api.audio.AudioFormat;
import io.segue.api.stream.AudioStreamManager;
import io.segue.shell.internal.format.DeviceTestFormat;
import java.time.Duration;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code segue:deviceTest}: captures from a device (or plays a quiet tone to an output-only one) for a moment and
 * reports what came through. Gogo finds a command by its method's name, so the name cannot be {@code device-test};
 * Gogo ignores case, so {@code devicetest} works too.
 */
@Component(service = DeviceTestCommand.class, immediate = true)
@GogoCommand(scope = "segue", function = {"deviceTest"})
public final class DeviceTestCommand {

    static final String DEFAULT_SECONDS = "2";
    static final double MIN_SECONDS = 0.1;
    static final double MAX_SECONDS = 60;
    /** The format tested when the stream never ran: the stream's default. */
    static final AudioFormat DEFAULT_FORMAT = AudioFormat.mono(22050);

    private final AudioDevices devices;
    private final AudioStreamManager stream;

    @Activate
    public DeviceTestCommand(@Reference(name = "devices") AudioDevices devices,
            @Reference(name = "stream") AudioStreamManager stream) {
        this.devices = devices;
        this.stream = stream;
    }

    @Descriptor("test a device: capture from it (or play a quiet 440 Hz tone to an output-only device) and report "
            + "format, frames, latency, level, peak, clipping and errors; the first line says OK or FAILED")
    public String deviceTest(
            @Descriptor("how long to test, " + MIN_SECONDS + ".." + MAX_SECONDS + " seconds (default "
                    + DEFAULT_SECONDS + ")")
            @Parameter(names = {"-d", "--duration"}, absentValue = DEFAULT_SECONDS) String duration,
            @Descriptor("device id, as listed by segue:devices (e.g. mock:sine)") String device) {
        double seconds = Arguments.decimalInRange("-d/--duration", duration, MIN_SECONDS, MAX_SECONDS);
        AudioFormat streamFormat = stream.status().format();
        AudioFormat format = streamFormat == null ? DEFAULT_FORMAT : streamFormat;
        return DeviceTestFormat.report(devices.test(device, format, Duration.ofMillis(Math.round(seconds * 1000))));
    }
}
