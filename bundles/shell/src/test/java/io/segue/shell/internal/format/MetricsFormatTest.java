package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.segue.api.audio.AudioFormat;
import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.PipelineStatus;
import io.segue.api.stream.LatencyStats;
import io.segue.api.stream.QueueStats;
import io.segue.api.stream.StreamDirection;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamState;
import io.segue.api.stream.StreamStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsFormatTest {

    private static final StreamStatus INPUT = new StreamStatus(StreamDirection.INPUT, StreamState.RUNNING,
            "mock:sine", "javasound:usb", AudioFormat.mono(22050), 1024,
            new StreamMetrics(430, 428, 2, 12, 7, 0, 1, 3, 3, 100, 22049.6, 12_340,
                    new LatencyStats(428, 0.42, 2.5, 3.1), 0.1234),
            "on fallback");
    private static final StreamStatus OUTPUT = new StreamStatus(StreamDirection.OUTPUT, StreamState.STOPPED, null,
            null, null, 1024, StreamMetrics.none(16), null);
    private static final PipelineStatus PIPELINE = new PipelineStatus(new AnalysisFormat(22050, 2048, 512), 1720,
            43.066, 12, 100, 5, QueueStats.empty(50), new LatencyStats(1720, 8.5, 12.25, 20.3), List.of("rms"), null, null);

    @Test
    void headlineIsTheLatencyFromDeviceToFeatureFrame() {
        String table = MetricsFormat.table(INPUT, OUTPUT, PIPELINE);

        assertTrue(table.startsWith(
                "device to feature frame latency: p50 8.5 ms, p99 12.25 ms, max 20.3 ms over 1720\n\n"), table);
    }

    @Test
    void tableShowsInputOutputAndPipelineSideBySideWithDashesForWhatWasNotMeasured() {
        String table = MetricsFormat.table(INPUT, OUTPUT, PIPELINE);

        assertEquals("""
                                       input   output  pipeline
                -----------------  ---------  -------  --------
                state                RUNNING  STOPPED         -
                device             mock:sine        -         -
                uptime s                12.3      0.0         -
                chunks in                430        0         -
                chunks out               428        0         -
                analysis frames            -        -      1720
                dropped                    2        0         5
                lost                      12        0         -
                underflows                 0        0         -
                recoveries                 1        0         -
                stalls                     3        0         -
                samples replaced           7        0         -
                queue                  3/100     0/16    12/100
                audio frames/s       22049.6      0.0         -
                analysis frames/s          -        -     43.07
                latency p50 ms          0.42        -       8.5
                latency p99 ms           2.5        -     12.25
                latency max ms           3.1        -      20.3
                latency measured         428        0      1720
                analysis CPU           12.3%        -         -""",
                MetricsFormat.table(INPUT, OUTPUT, PIPELINE).lines().skip(2).reduce((a, b) -> a + "\n" + b)
                        .orElseThrow());
    }

    @Test
    void neverShowsNaN() {
        PipelineStatus idle = new PipelineStatus(null, 0, Double.NaN, 0, 100, 0, QueueStats.empty(50), LatencyStats.none(), List.of(),
                null, null);
        StreamStatus fresh = new StreamStatus(StreamDirection.INPUT, StreamState.STOPPED, null, null, null, 1024,
                StreamMetrics.none(100), null);

        String table = MetricsFormat.table(fresh, OUTPUT, idle);

        assertFalse(table.contains("NaN"), table);
        assertTrue(table.startsWith("device to feature frame latency: -\n"), table);
    }

    @Test
    void latencyWithoutMeasurementsIsADash() {
        assertEquals("-", MetricsFormat.latency(LatencyStats.none()));
        assertEquals("p50 - ms, p99 - ms, max 4 ms over 1", MetricsFormat.latency(
                new LatencyStats(1, Double.NaN, Double.NaN, 4)));
    }

    @Test
    void cpuShareIsAPercentage() {
        assertEquals("12.5%", MetricsFormat.percent(0.125));
        assertEquals("-", MetricsFormat.percent(Double.NaN));
    }

    @Test
    void jsonCarriesTheSameFiguresWithNullForWhatWasNotMeasured() {
        JsonObject json = JsonParser.parseString(MetricsFormat.json(INPUT, OUTPUT, PIPELINE)).getAsJsonObject();

        JsonObject input = json.getAsJsonObject("input");
        assertEquals("RUNNING", input.get("state").getAsString());
        assertEquals("mock:sine", input.get("deviceId").getAsString());
        assertEquals("javasound:usb", input.get("preferredDevice").getAsString());
        assertTrue(input.get("onFallback").getAsBoolean());
        assertEquals(430, input.get("chunksIn").getAsLong());
        assertEquals(12, input.get("chunksLost").getAsLong());
        assertEquals(3, input.get("stalls").getAsLong());
        assertEquals(2.5, input.getAsJsonObject("latency").get("p99Millis").getAsDouble());
        assertEquals(0.1234, input.get("analysisCpuShare").getAsDouble());
        JsonObject output = json.getAsJsonObject("output");
        assertTrue(output.get("deviceId").isJsonNull());
        assertTrue(output.get("analysisCpuShare").isJsonNull());
        assertTrue(output.getAsJsonObject("latency").get("p50Millis").isJsonNull());
        assertEquals(16, output.get("queueCapacity").getAsInt());
        JsonObject pipeline = json.getAsJsonObject("pipeline");
        assertEquals(1720, pipeline.get("framesProcessed").getAsLong());
        assertEquals(5, pipeline.get("featuresDropped").getAsLong());
        assertEquals(8.5, pipeline.getAsJsonObject("latency").get("p50Millis").getAsDouble());
        assertEquals(1720, pipeline.getAsJsonObject("latency").get("count").getAsLong());
    }
}
