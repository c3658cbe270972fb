package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class StatusFormatTest {

    // in 430, out 428, dropped 2, lost 12, replaced 7, underflows 0, recoveries 1, stalls 3, queue 3/100
    private static final StreamMetrics METRICS = new StreamMetrics(430, 428, 2, 12, 7, 0, 1, 3, 3, 100, 22049.6,
            10_000, new LatencyStats(428, 0.4, 2.5, 3.1), 0.125);
    private static final StreamStatus RUNNING = new StreamStatus(StreamDirection.INPUT, StreamState.RUNNING,
            "mock:sine", "mock:sine", AudioFormat.mono(22050), 1024, METRICS, null);
    private static final StreamStatus NO_OUTPUT = fresh(StreamDirection.OUTPUT);
    private static final PipelineStatus PIPELINE = new PipelineStatus(new AnalysisFormat(22050, 2048, 512), 1720,
            43.066, 12, 100, 5, QueueStats.empty(50), new LatencyStats(1720, 8.5, 12.25, 20.3), List.of("rms", "spectral-centroid"), null,
            null);

    @Test
    void lineNamesStateDeviceFormatChunkSizeAndCounts() {
        assertEquals("RUNNING on mock:sine, 22050 Hz, mono, 1024 frames per chunk, 430 chunks captured,"
                + " 2 dropped, 1 recovery", StatusFormat.line(RUNNING));
    }

    @Test
    void lineOfAFreshStreamLeavesOutWhatItDoesNotHave() {
        assertEquals("STOPPED", StatusFormat.line(fresh(StreamDirection.INPUT)));
    }

    @Test
    void lineEndsWithTheStreamsMessage() {
        StreamStatus failed = new StreamStatus(StreamDirection.INPUT, StreamState.FAILED, "javasound:2",
                "javasound:2", null, 1024, StreamMetrics.none(100), "device unplugged");

        assertEquals("FAILED on javasound:2: device unplugged", StatusFormat.line(failed));
    }

    @Test
    void lineNamesThePreferredDeviceWhenOnTheFallback() {
        StreamStatus fallback = new StreamStatus(StreamDirection.INPUT, StreamState.RUNNING, "mock:sine",
                "javasound:usb", null, 1024, StreamMetrics.none(100), null);

        assertEquals("RUNNING on mock:sine (fallback for javasound:usb)", StatusFormat.line(fallback));
    }

    @Test
    void lineOfTheOutputCountsPlayedChunksAndUnderflows() {
        StreamMetrics played = new StreamMetrics(40, 50, 1, 0, 0, 10, 0, 0, 2, 16, 22050, 2000,
                LatencyStats.none(), Double.NaN);
        StreamStatus output = new StreamStatus(StreamDirection.OUTPUT, StreamState.RUNNING, "javasound:0",
                "javasound:0", AudioFormat.mono(22050), 1024, played, null);

        assertEquals("RUNNING on javasound:0, 22050 Hz, mono, 1024 frames per chunk, 50 chunks played,"
                + " 10 underflows, 1 dropped", StatusFormat.line(output));
    }

    @Test
    void reportShowsStreamAndPipelineFiguresAligned() {
        String report = StatusFormat.report(RUNNING, NO_OUTPUT, PIPELINE);

        assertEquals("""
                state              RUNNING
                device             mock:sine
                format             22050 Hz, mono
                chunk size         1024 frames
                chunks captured    430
                chunks dropped     2
                chunks lost        12
                recoveries         1
                stalls             3
                samples replaced   7
                queue              3/100 chunks
                audio frames/s     22049.6
                window/hop         2048/512 samples at 22050 Hz
                analysis frames    1720
                analysis frames/s  43.07
                features queue     12/100 frames
                features dropped   5
                extractors         rms, spectral-centroid""", report);
    }

    @Test
    void reportSaysSoWhenOnTheFallbackWithTheMessage() {
        StreamStatus fallback = new StreamStatus(StreamDirection.INPUT, StreamState.RUNNING, "mock:sine",
                "javasound:usb", AudioFormat.mono(22050), 1024, METRICS, "javasound:usb vanished; on fallback");

        String report = StatusFormat.report(fallback, NO_OUTPUT, PIPELINE);

        assertTrue(report.contains("\ndevice             mock:sine\nfallback           on fallback device mock:sine;"
                + " preferred device javasound:usb is unavailable\n"), report);
        assertTrue(report.contains("\nmessage            javasound:usb vanished; on fallback\n"), report);
    }

    @Test
    void reportHasNoFallbackLineOnThePreferredDevice() {
        assertNull(StatusFormat.fallback(RUNNING));
        assertFalse(StatusFormat.report(RUNNING, NO_OUTPUT, PIPELINE).contains("fallback"));
    }

    @Test
    void reportShowsTheOutputStreamOnceItStarted() {
        StreamMetrics played = new StreamMetrics(40, 50, 1, 0, 0, 10, 0, 0, 2, 16, 22050, 2000,
                LatencyStats.none(), Double.NaN);
        StreamStatus output = new StreamStatus(StreamDirection.OUTPUT, StreamState.STOPPED, "javasound:0",
                "javasound:0", AudioFormat.mono(22050), 1024, played, null);

        String report = StatusFormat.report(RUNNING, output, PIPELINE);

        assertTrue(report.contains("\noutput             STOPPED on javasound:0, 10 underflows, 1 dropped\n"),
                report);
    }

    @Test
    void reportShowsARefusedConfiguration() {
        PipelineStatus refused = new PipelineStatus(PIPELINE.format(), 0, 0, 0, 100, 0, QueueStats.empty(50), LatencyStats.none(),
                List.of(), "hopSize must be in 1..2048 (the window size), was 4096", null);

        String report = StatusFormat.report(RUNNING, NO_OUTPUT, refused);

        assertTrue(report.endsWith(
                "\nconfig problem     hopSize must be in 1..2048 (the window size), was 4096"), report);
        assertTrue(report.contains("\nextractors         (none)\n"), report);
    }

    @Test
    void reportShowsAFailedExtractor() {
        PipelineStatus failed = new PipelineStatus(PIPELINE.format(), 10, 43, 0, 100, 0, QueueStats.empty(50), LatencyStats.none(),
                List.of("rms"), null, "extractor 'onset' failed and is disabled: ArrayIndexOutOfBoundsException");

        assertTrue(StatusFormat.report(RUNNING, NO_OUTPUT, failed).endsWith("\nextractor problem  extractor 'onset'"
                + " failed and is disabled: ArrayIndexOutOfBoundsException"));
    }

    @Test
    void reportBeforeTheFirstStreamSaysWhenTheFramingIsSet() {
        PipelineStatus idle = new PipelineStatus(null, 0, 0, 0, 100, 0, QueueStats.empty(50), LatencyStats.none(), List.of("rms"), null,
                null);

        String report = StatusFormat.report(RUNNING, NO_OUTPUT, idle);

        assertTrue(report.contains("\nwindow/hop         set when a stream starts\n"), report);
    }

    @Test
    void reportHasNoProblemLinesWhenAllIsWell() {
        String report = StatusFormat.report(RUNNING, NO_OUTPUT, PIPELINE);

        assertFalse(report.contains("problem"), report);
    }

    @Test
    void reportOfANeverStartedStreamShowsDashes() {
        String report = StatusFormat.report(fresh(StreamDirection.INPUT), NO_OUTPUT, PIPELINE);

        assertTrue(report.contains("\ndevice             -\nformat             -\n"), report);
    }

    @Test
    void outputReportShowsStateDeviceCountsQueueAndLatency() {
        StreamMetrics played = new StreamMetrics(40, 50, 1, 2, 0, 10, 1, 0, 2, 16, 22050, 2000,
                new LatencyStats(40, 46.4, 69.7, 92.9), Double.NaN);
        StreamStatus output = new StreamStatus(StreamDirection.OUTPUT, StreamState.RUNNING, "javasound:0",
                "javasound:0", AudioFormat.mono(22050), 1024, played, null);

        assertEquals("""
                state           RUNNING
                device          javasound:0
                format          22050 Hz, mono
                chunks queued   40
                chunks played   50
                underflows      10
                chunks dropped  1
                chunks lost     2
                recoveries      1
                queue           2/16 chunks
                latency         p50 46.4 ms, p99 69.7 ms, max 92.9 ms over 40""", StatusFormat.outputReport(output));
    }

    @Test
    void outputReportOfANeverStartedOutputShowsDashes() {
        String report = StatusFormat.outputReport(NO_OUTPUT);

        assertTrue(report.startsWith("state           STOPPED\ndevice          -\n"), report);
        assertTrue(report.endsWith("\nlatency         -"), report);
    }

    private static StreamStatus fresh(StreamDirection direction) {
        return new StreamStatus(direction, StreamState.STOPPED, null, null, null, 1024, StreamMetrics.none(100),
                null);
    }
}
