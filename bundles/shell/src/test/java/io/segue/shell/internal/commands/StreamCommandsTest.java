package io.segue.shell.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.PipelineStatus;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamState;
import io.segue.shell.internal.fakes.CommandAnnotations;
import io.segue.shell.internal.fakes.FakePipeline;
import io.segue.shell.internal.fakes.FakeStreamManager;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamCommandsTest {

    private final FakeStreamManager stream = new FakeStreamManager("mock:sine", "mock:noise");
    private final FakePipeline pipeline = new FakePipeline();
    private final StreamCommands commands = new StreamCommands(stream, pipeline);

    @Test
    void startOpensTheConfiguredDevice() throws IOException {
        assertEquals("RUNNING on mock:sine, 22050 Hz, mono, 1024 frames per chunk", commands.start());
        assertEquals(1, stream.starts());
    }

    @Test
    void startOpensTheNamedDevice() throws IOException {
        assertTrue(commands.start("mock:noise").startsWith("RUNNING on mock:noise,"));
    }

    @Test
    void startPassesOnTheServicesRefusal() throws IOException {
        commands.start();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> commands.start());
        assertEquals("the stream is already RUNNING", e.getMessage());
    }

    @Test
    void stopReturnsTheFinalCounts() throws IOException {
        commands.start();
        stream.withMetrics(new StreamMetrics(100, 100, 4, 0, 0, 100, 22050, 4_600));

        String line = commands.stop();

        assertEquals("STOPPED on mock:sine, 22050 Hz, mono, 1024 frames per chunk, 100 chunks captured,"
                + " 4 dropped", line);
        assertEquals(StreamState.STOPPED, stream.state());
    }

    @Test
    void statusShowsStreamAndPipelineIncludingARefusedConfiguration() throws IOException {
        commands.start();
        pipeline.withStatus(new PipelineStatus(new AnalysisFormat(22050, 2048, 512), 43, 43.07, 0, 100, 0,
                List.of("rms"), "windowSize must be a power of two >= 2, was 1000", null));

        String status = commands.status();

        assertTrue(status.startsWith("state              RUNNING\ndevice             mock:sine\n"), status);
        assertTrue(status.contains("\nwindow/hop         2048/512 samples at 22050 Hz\n"), status);
        assertTrue(status.endsWith("\nconfig problem     windowSize must be a power of two >= 2, was 1000"), status);
    }

    @Test
    void everyCommandAndArgumentIsDescribed() {
        CommandAnnotations.assertEveryCommandDescribed(StreamCommands.class);
    }
}
