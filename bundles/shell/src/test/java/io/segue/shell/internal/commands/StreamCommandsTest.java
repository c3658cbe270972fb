package io.segue.shell.internal.commands;

import static io.segue.shell.internal.fakes.FakeAudioDevices.device;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.segue.api.audio.DeviceChange;
import io.segue.api.audio.DeviceType;
import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.PipelineStatus;
import io.segue.api.stream.LatencyStats;
import io.segue.api.stream.QueueStats;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamState;
import io.segue.shell.internal.fakes.CommandAnnotations;
import io.segue.shell.internal.fakes.FakeAudioDevices;
import io.segue.shell.internal.fakes.FakePipeline;
import io.segue.shell.internal.fakes.FakeStreamManager;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.felix.service.command.Parameter;
import org.junit.jupiter.api.Test;

class StreamCommandsTest {

    private static final long AT_11_02_03 = Instant.parse("2026-11-24T11:02:03Z").toEpochMilli();

    private final FakeStreamManager stream = new FakeStreamManager("javasound:usb", "mock:sine", "mock:noise");
    private final FakePipeline pipeline = new FakePipeline();
    private final FakeAudioDevices devices = new FakeAudioDevices();
    private final StreamCommands commands = new StreamCommands(stream, pipeline, devices, ZoneOffset.UTC);

    @Test
    void startOpensTheConfiguredDevice() throws IOException {
        assertEquals("RUNNING on javasound:usb, 22050 Hz, mono, 1024 frames per chunk", commands.start());
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
        stream.withMetrics(new StreamMetrics(100, 100, 4, 0, 0, 0, 0, 0, 0, 100, 22050, 4_600, LatencyStats.none(),
                Double.NaN));

        String line = commands.stop();

        assertEquals("STOPPED on javasound:usb, 22050 Hz, mono, 1024 frames per chunk, 100 chunks captured,"
                + " 4 dropped", line);
        assertEquals(StreamState.STOPPED, stream.state());
    }

    @Test
    void statusShowsStreamAndPipelineIncludingARefusedConfiguration() throws IOException {
        commands.start();
        pipeline.withStatus(new PipelineStatus(new AnalysisFormat(22050, 2048, 512), 43, 43.07, 0, 100, 0,
                QueueStats.empty(50), LatencyStats.none(), List.of("rms"), "windowSize must be a power of two >= 2, was 1000", null));

        String status = commands.status();

        assertTrue(status.startsWith("state              RUNNING\ndevice             javasound:usb\n"), status);
        assertTrue(status.contains("\nwindow/hop         2048/512 samples at 22050 Hz\n"), status);
        assertTrue(status.endsWith("\nconfig problem     windowSize must be a power of two >= 2, was 1000"), status);
        assertFalse(status.contains("fallback"), status);
        assertFalse(status.contains("\noutput "), "the output never started: " + status);
    }

    @Test
    void statusShowsTheFallbackTheRecoveriesAndTheDeviceChanges() {
        stream.running().onFallback("mock:sine", "javasound:usb failed: device unplugged; on fallback mock:sine")
                .withMetrics(new StreamMetrics(900, 900, 0, 43, 0, 0, 1, 1, 0, 100, 22050, 40_000,
                        LatencyStats.none(), 0.05));
        devices.withChanges(
                new DeviceChange(device("javasound:usb", DeviceType.DUPLEX, 2, 2, false, "USB"), false, AT_11_02_03),
                new DeviceChange(device("mock:sine", DeviceType.INPUT, 1, 0, true, "sine"), true,
                        AT_11_02_03 + 1000));

        String status = commands.status();

        assertTrue(status.contains("\nfallback           on fallback device mock:sine; preferred device"
                + " javasound:usb is unavailable\n"), status);
        assertTrue(status.contains("\nmessage            javasound:usb failed: device unplugged; on fallback"
                + " mock:sine\n"), status);
        assertTrue(status.contains("\nchunks lost        43\nrecoveries         1\nstalls             1\n"), status);
        assertTrue(status.endsWith("""


                recent device changes
                  - javasound:usb disappeared 11:02:03
                  + mock:sine appeared 11:02:04"""), status);
    }

    @Test
    void statusShowsTheOutputStreamOnceStarted() throws IOException {
        stream.startOutput("mock:noise", false);

        assertTrue(commands.status().contains("\noutput             RUNNING on mock:noise, 0 underflows, 0 dropped\n"),
                commands.status());
    }

    @Test
    void metricsShowsTheFakesFiguresAndDashesForNaN() {
        stream.running().withMetrics(new StreamMetrics(430, 428, 2, 12, 7, 0, 1, 3, 3, 100, 22049.6, 12_340,
                new LatencyStats(428, 0.42, 2.5, 3.1), Double.NaN));
        pipeline.withStatus(new PipelineStatus(new AnalysisFormat(22050, 2048, 512), 1720, 43.066, 12, 100, 5,
                QueueStats.empty(50), new LatencyStats(1720, 8.5, 12.25, 20.3), List.of("rms"), null, null));

        String metrics = commands.metrics(false);

        assertTrue(metrics.startsWith("device to feature frame latency: p50 8.5 ms, p99 12.25 ms, max 20.3 ms"
                + " over 1720\n"), metrics);
        assertEquals(List.of("lost", "12", "0", "-"), row(metrics, "lost"));
        assertEquals(List.of("latency p99 ms", "2.5", "-", "12.25"), row(metrics, "latency p99 ms"));
        assertEquals(List.of("analysis CPU", "-", "-", "-"), row(metrics, "analysis CPU"));
        assertFalse(metrics.contains("NaN"), metrics);
    }

    /** The cells of the table's row named {@code name}. */
    private static List<String> row(String table, String name) {
        return table.lines().filter(line -> line.startsWith(name + "  ")).findFirst()
                .map(line -> List.of(line.split(" {2,}"))).orElseThrow(() -> new AssertionError(name + ": " + table));
    }

    @Test
    void metricsAsJsonIsOneObject() {
        stream.running();

        JsonObject json = JsonParser.parseString(commands.metrics(true)).getAsJsonObject();

        assertEquals("javasound:usb", json.getAsJsonObject("input").get("deviceId").getAsString());
        assertEquals("STOPPED", json.getAsJsonObject("output").get("state").getAsString());
        assertTrue(json.getAsJsonObject("pipeline").getAsJsonObject("latency").get("p50Millis").isJsonNull());
    }

    @Test
    void jsonIsAFlag() throws NoSuchMethodException {
        Parameter json = StreamCommands.class.getMethod("metrics", boolean.class).getParameters()[0]
                .getAnnotation(Parameter.class);

        assertEquals("--json", String.join(",", json.names()));
        assertEquals("true", json.presentValue());
        assertEquals("false", json.absentValue());
    }

    @Test
    void everyCommandAndArgumentIsDescribed() {
        CommandAnnotations.assertEveryCommandDescribed(StreamCommands.class);
    }
}
