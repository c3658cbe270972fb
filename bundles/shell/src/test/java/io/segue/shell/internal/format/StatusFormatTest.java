package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.PipelineStatus;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamState;
import io.segue.api.stream.StreamStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusFormatTest {

    private static final StreamMetrics METRICS = new StreamMetrics(430, 428, 2, 7, 3, 100, 22049.6, 10_000);
    private static final StreamStatus RUNNING = new StreamStatus(StreamState.RUNNING, "mock:sine",
            AudioFormat.mono(22050), 1024, METRICS, null);
    private static final PipelineStatus PIPELINE = new PipelineStatus(new AnalysisFormat(22050, 2048, 512), 1720,
            43.066, 12, 100, 5, List.of("rms", "spectral-centroid"), null, null);

    @Test
    void lineNamesStateDeviceFormatChunkSizeAndCounts() {
        assertEquals("RUNNING on mock:sine, 22050 Hz, mono, 1024 frames per chunk, 430 chunks captured,"
                + " 2 dropped", StatusFormat.line(RUNNING));
    }

    @Test
    void lineOfAFreshStreamLeavesOutWhatItDoesNotHave() {
        StreamStatus fresh = new StreamStatus(StreamState.STOPPED, null, null, 1024, StreamMetrics.none(100), null);

        assertEquals("STOPPED", StatusFormat.line(fresh));
    }

    @Test
    void lineEndsWithTheStreamsMessage() {
        StreamStatus failed = new StreamStatus(StreamState.FAILED, "javasound:2", null, 1024,
                StreamMetrics.none(100), "device unplugged");

        assertEquals("FAILED on javasound:2: device unplugged", StatusFormat.line(failed));
    }

    @Test
    void reportShowsStreamAndPipelineFiguresAligned() {
        String report = StatusFormat.report(RUNNING, PIPELINE);

        assertEquals("""
                state              RUNNING
                device             mock:sine
                format             22050 Hz, mono
                chunk size         1024 frames
                chunks captured    430
                chunks dropped     2
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
    void reportShowsARefusedConfiguration() {
        PipelineStatus refused = new PipelineStatus(PIPELINE.format(), 0, 0, 0, 100, 0, List.of(),
                "hopSize must be in 1..2048 (the window size), was 4096", null);

        String report = StatusFormat.report(RUNNING, refused);

        assertTrue(report.endsWith(
                "\nconfig problem     hopSize must be in 1..2048 (the window size), was 4096"), report);
        assertTrue(report.contains("\nextractors         (none)\n"), report);
    }

    @Test
    void reportShowsAFailedExtractor() {
        PipelineStatus failed = new PipelineStatus(PIPELINE.format(), 10, 43, 0, 100, 0, List.of("rms"), null,
                "extractor 'onset' failed and is disabled: ArrayIndexOutOfBoundsException");

        assertTrue(StatusFormat.report(RUNNING, failed).endsWith("\nextractor problem  extractor 'onset' failed and"
                + " is disabled: ArrayIndexOutOfBoundsException"));
    }

    @Test
    void reportBeforeTheFirstStreamSaysWhenTheFramingIsSet() {
        PipelineStatus idle = new PipelineStatus(null, 0, 0, 0, 100, 0, List.of("rms"), null, null);

        assertTrue(StatusFormat.report(RUNNING, idle).contains("\nwindow/hop         set when a stream starts\n"),
                StatusFormat.report(RUNNING, idle));
    }

    @Test
    void reportHasNoProblemLinesWhenAllIsWell() {
        String report = StatusFormat.report(RUNNING, PIPELINE);

        assertFalse(report.contains("problem"), report);
    }

    @Test
    void reportOfANeverStartedStreamShowsDashes() {
        StreamStatus fresh = new StreamStatus(StreamState.STOPPED, null, null, 1024, StreamMetrics.none(100), null);

        String report = StatusFormat.report(fresh, PIPELINE);

        assertTrue(report.contains("\ndevice             -\nformat             -\n"), report);
    }
}
