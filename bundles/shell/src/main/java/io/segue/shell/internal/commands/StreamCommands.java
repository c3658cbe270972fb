package io.segue.shell.internal.commands;

import io.segue.api.audio.AudioDevices;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.mix.StreamingIntegration;
import io.segue.api.stream.AudioStreamManager;
import io.segue.shell.internal.format.DeviceChangeFormat;
import io.segue.shell.internal.format.MetricsFormat;
import io.segue.shell.internal.format.StatusFormat;
import java.io.IOException;
import java.time.ZoneId;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code segue:start}, {@code stop}, {@code status} and {@code metrics}: the live input stream. */
@Component(service = StreamCommands.class, immediate = true)
@GogoCommand(scope = "segue", function = {"start", "stop", "status", "metrics"})
public final class StreamCommands {

    /** How many device changes {@code status} shows. */
    static final int RECENT_CHANGES = 5;

    private final AudioStreamManager stream;
    private final StreamingPipeline pipeline;
    private final AudioDevices devices;
    private final ZoneId zone;
    /** For the learning queue's figures; the shell works without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StreamingIntegration mixer;

    @Activate
    public StreamCommands(@Reference(name = "stream") AudioStreamManager stream,
            @Reference(name = "pipeline") StreamingPipeline pipeline,
            @Reference(name = "devices") AudioDevices devices) {
        this(stream, pipeline, devices, ZoneId.systemDefault());
    }

    /** @param zone the time zone the times of device changes are shown in */
    StreamCommands(AudioStreamManager stream, StreamingPipeline pipeline, AudioDevices devices, ZoneId zone) {
        this.stream = stream;
        this.pipeline = pipeline;
        this.devices = devices;
        this.zone = zone;
    }

    @Descriptor("start the input stream on the configured device")
    public String start() throws IOException {
        return StatusFormat.line(stream.start());
    }

    @Descriptor("start the input stream on a device")
    public String start(@Descriptor("device id, as listed by segue:devices (e.g. mock:sine)") String device)
            throws IOException {
        return StatusFormat.line(stream.start(device));
    }

    @Descriptor("stop the input stream")
    public String stop() {
        return StatusFormat.line(stream.stop());
    }

    @Descriptor("show the stream's state, device (and fallback), counters, the output stream, the feature "
            + "pipeline's framing, counters and extractors, and the latest devices that came or went")
    public String status() {
        String report = StatusFormat.report(stream.status(), stream.outputStatus(), pipeline.status());
        String changes = DeviceChangeFormat.recent(devices.recentChanges(), RECENT_CHANGES, zone);
        return changes == null ? report : report + "\n\n" + changes;
    }

    @Descriptor("show the counters and latencies of the input stream, the output stream and the feature pipeline; "
            + "the headline is the latency from the device to the feature frame")
    public String metrics(
            @Descriptor("print one JSON object instead of the table; values not measured are null")
            @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json) {
        if (json) {
            return MetricsFormat.json(stream.status(), stream.outputStatus(), pipeline.status());
        }
        StreamingIntegration current = mixer;
        return MetricsFormat.table(stream.status(), stream.outputStatus(), pipeline.status(),
                current == null ? null : current.learningQueue());
    }
}
