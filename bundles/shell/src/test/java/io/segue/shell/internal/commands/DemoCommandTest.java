package io.segue.shell.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.stream.LatencyStats;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamState;
import io.segue.shell.internal.fakes.CommandAnnotations;
import io.segue.shell.internal.fakes.Extractors;
import io.segue.shell.internal.fakes.FakeClock;
import io.segue.shell.internal.fakes.FakePipeline;
import io.segue.shell.internal.fakes.FakeStreamManager;
import io.segue.shell.internal.fakes.TestFrame;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Drives the demo on a {@link FakeClock}: the fake pipeline moves it as frames arrive, so no test really waits. */
class DemoCommandTest {

    private final FakeClock clock = new FakeClock();
    private final FakeStreamManager stream = new FakeStreamManager("mock:sine")
            .withMetrics(new StreamMetrics(22, 22, 1, 0, 0, 0, 0, 0, 0, 100, 22050, 1000,
                    LatencyStats.none(), Double.NaN));
    private final FakePipeline pipeline = new FakePipeline(clock, Duration.ofMillis(250))
            .withExtractors(Extractors.active(Extractors.RMS), Extractors.active(Extractors.CENTROID));
    private final DemoCommand demo = new DemoCommand(stream, pipeline, DemoCommand.FRAME_TIMEOUT, clock);

    @Test
    void streamsForTheGivenTimeAndReportsStatisticsOfTheFramesSeen() throws Exception {
        for (int i = 0; i < 10; i++) {
            pipeline.queue(TestFrame.of(i, i * 0.25, 0, "rms", new float[] {0.1f * (i + 1)},
                    "spectral-centroid", new float[] {440f}));
        }

        String report = demo.demo("1");

        assertTrue(report.startsWith("""
                device            mock:sine
                format            22050 Hz, mono
                stream            started and stopped by the demo
                seconds streamed  1.00
                chunks captured   22
                chunks dropped    1
                frames analysed   4
                """), report);
        // the first four frames: rms 0.1 .. 0.4
        assertTrue(report.contains("\nrms                               0.25  0.1118  0.1  0.4\n"), report);
        assertTrue(report.endsWith("\nspectral-centroid.centroid  Hz     440       0  440  440"), report);
        assertEquals(1, stream.starts());
        assertEquals(1, stream.stops());
    }

    @Test
    void leavesARunningStreamRunning() throws Exception {
        stream.running();
        pipeline.queue(TestFrame.of(0, 0, 0, "rms", new float[] {0.5f}));

        String report = demo.demo("1");

        assertTrue(report.contains("\nstream            already running, left running\n"), report);
        assertEquals(0, stream.starts());
        assertEquals(0, stream.stops());
        assertEquals(StreamState.RUNNING, stream.state());
    }

    @Test
    void failsWhenNoFrameArrivesAndStopsTheStreamItStarted() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> demo.demo("3"));

        assertEquals("no feature frame arrived within 2 s; the stream is RUNNING on mock:sine, 22050 Hz, mono,"
                + " 1024 frames per chunk, 22 chunks captured, 1 dropped"
                + " (see segue:status and segue:extractors)", e.getMessage());
        assertEquals(Duration.ofSeconds(2), pipeline.waits().get(0));
        assertEquals(1, stream.stops());
        assertEquals(StreamState.STOPPED, stream.state());
    }

    @Test
    void failsWhenFramesStopArriving() {
        pipeline.queue(TestFrame.of(0, 0, 0, "rms", new float[] {0.5f}));

        assertThrows(IllegalStateException.class, () -> demo.demo("10"));
        assertEquals(1, stream.stops());
    }

    @Test
    void waitsForTheFirstFrameEvenInAShortDemo() throws Exception {
        FakePipeline slowStart = new FakePipeline(clock, Duration.ofMillis(1500))
                .queue(TestFrame.of(0, 0, 0, "rms", new float[] {0.5f}));
        DemoCommand slowDemo = new DemoCommand(stream, slowStart, DemoCommand.FRAME_TIMEOUT, clock);

        String report = slowDemo.demo("1");

        assertTrue(report.contains("\nseconds streamed  1.50\n"), report);
        assertTrue(report.contains("\nframes analysed   1\n"), report);
    }

    @Test
    void ignoresFramesCapturedBeforeTheDemoBegan() throws Exception {
        stream.running();
        long before = clock.getAsLong() - 1;
        pipeline.queue(TestFrame.of(0, 0, before, "rms", new float[] {0.9f}),
                TestFrame.of(1, 0, clock.getAsLong() + 1, "rms", new float[] {0.1f}));

        String report = demo.demo("1");

        assertTrue(report.contains("\nframes analysed   1\n"), report);
        assertTrue(report.contains("\nrms             0.1    0  0.1  0.1"), report);
    }

    @Test
    void refusesADurationOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> demo.demo("0"));

        assertEquals("seconds must be in 1..600, was 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> demo.demo("601"));
        IllegalArgumentException word = assertThrows(IllegalArgumentException.class, () -> demo.demo("ten"));
        assertEquals("seconds must be a whole number in 1..600, was 'ten'", word.getMessage());
        assertEquals(0, stream.starts());
    }

    @Test
    void passesOnAStartFailureAndLeavesTheFailedStateVisible() {
        stream.failingStart(new IOException("cannot open mock:sine: busy"));

        IOException e = assertThrows(IOException.class, demo::demo);

        assertEquals("cannot open mock:sine: busy", e.getMessage());
        assertEquals(StreamState.FAILED, stream.state());
        assertEquals(0, stream.stops());
    }

    @Test
    void everyCommandAndArgumentIsDescribed() {
        CommandAnnotations.assertEveryCommandDescribed(DemoCommand.class);
    }
}
