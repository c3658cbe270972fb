package io.segue.shell.internal.commands;

import io.segue.api.feature.StreamingPipeline;
import io.segue.api.stream.AudioStreamManager;
import io.segue.shell.internal.format.StatusFormat;
import java.io.IOException;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code segue:start}, {@code stop} and {@code status}: the live input stream. */
@Component(service = StreamCommands.class, immediate = true)
@GogoCommand(scope = "segue", function = {"start", "stop", "status"})
public final class StreamCommands {

    private final AudioStreamManager stream;
    private final StreamingPipeline pipeline;

    @Activate
    public StreamCommands(@Reference(name = "stream") AudioStreamManager stream,
            @Reference(name = "pipeline") StreamingPipeline pipeline) {
        this.stream = stream;
        this.pipeline = pipeline;
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

    @Descriptor("show the stream's state and counters and the feature pipeline's framing, counters and extractors")
    public String status() {
        return StatusFormat.report(stream.status(), pipeline.status());
    }
}
