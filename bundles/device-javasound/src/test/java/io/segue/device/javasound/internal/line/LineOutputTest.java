package io.segue.device.javasound.internal.line;

import static io.segue.device.javasound.internal.testing.Formats.pcm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.device.javasound.internal.testing.FakeMixer;
import io.segue.device.javasound.internal.testing.FakeSourceDataLine;
import io.segue.device.javasound.internal.testing.Tones;
import io.segue.testing.Await;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LineOutputTest {

    private static final String DEVICE = "'javasound:hdmi' (HDMI)";
    private static final AudioFormat STEREO_48K = new AudioFormat(48_000, 2);
    private static final int FRAME_BYTES = 4;

    private final FakeMixer hdmi = FakeMixer.of("HDMI", List.of(), List.of(pcm(48_000, 16, 2)));

    private LineOutput open(int bufferBytes) throws IOException {
        Negotiated negotiated = FormatNegotiator.forPlayback(hdmi, STEREO_48K).orElseThrow();
        return LineOutput.open(hdmi, negotiated, DEVICE, bufferBytes, 1024);
    }

    private FakeSourceDataLine line() {
        return (FakeSourceDataLine) hdmi.lines().get(0);
    }

    private static void play(LineOutput output) throws IOException {
        output.write(Tones.sine(1000, 0.5, 48_000, 4800, 2), 4800);
    }

    @Test
    void theLatencyIsTheBufferTheLineGrantedNotTheOneAskedFor() throws IOException {
        hdmi.grantBuffer(requested -> requested / 2);

        try (LineOutput output = open(4800 * FRAME_BYTES)) {
            assertEquals(50.0, output.latencyMillis(), 1e-9, "2400 of the 4800 frames asked for, at 48 kHz");
            assertEquals(250, output.drainBoundMillis(), "the granted buffer's duration and 200 ms");
        }
    }

    @Test
    void aLineThatDoesNotSayItsBufferIsDrainedForTheDurationOfTheOneAskedFor() throws IOException {
        hdmi.grantBuffer(requested -> 0);

        try (LineOutput output = open(4800 * FRAME_BYTES)) {
            assertTrue(Double.isNaN(output.latencyMillis()));
            assertEquals(300, output.drainBoundMillis());
        }
    }

    @Test
    void aWriteThatFindsTheBufferEmptyCountsAnUnderflow() throws IOException {
        try (LineOutput output = open(4800 * FRAME_BYTES)) {
            line().runDry();
            play(output);
            assertEquals(0, output.underflows(), "the buffer of a line just started is empty, not run dry");

            play(output);
            assertEquals(0, output.underflows());
            line().runDry();
            play(output);
            play(output);

            assertEquals(1, output.underflows());
        }
    }

    @Test
    void closePlaysOutWhatWasWrittenThenReleasesTheLine() throws IOException {
        LineOutput output = open(4800 * FRAME_BYTES);
        play(output);

        output.close();

        assertTrue(line().drained());
        assertTrue(line().stoppedAndFlushed());
        assertTrue(line().wasClosed());
        assertEquals(4800 * FRAME_BYTES, line().written().length);
    }

    @Test
    void closingAnOutputNothingWasWrittenToDoesNotDrain() throws IOException {
        hdmi.hangDrain(FakeMixer.Drain.HANGS);

        assertTimeoutPreemptively(Duration.ofMillis(250), () -> open(4800 * FRAME_BYTES).close());

        assertFalse(line().drainEnded(), "drain was never called");
        assertTrue(line().wasClosed());
    }

    @Test
    void aDrainThatHangsUntilTheLineClosesIsCutOffAfterTheBound() throws IOException {
        hdmi.hangDrain(FakeMixer.Drain.HANGS_UNTIL_CLOSED);
        LineOutput output = open(4800 * FRAME_BYTES);
        play(output);
        long start = System.nanoTime();

        assertTimeoutPreemptively(Duration.ofSeconds(5), output::close);

        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(tookMillis >= 300, "waited the 100 ms buffer and 200 ms for the drain: " + tookMillis);
        assertTrue(line().wasClosed() && line().stoppedAndFlushed());
        Await.until(line()::drainEnded, Duration.ofSeconds(5), () -> "the drain still runs after the close");
        assertFalse(line().drained(), "the drain was cut off");
    }

    @Test
    void aDrainThatNeverReturnsDoesNotHoldUpClose() throws IOException {
        hdmi.hangDrain(FakeMixer.Drain.HANGS);
        LineOutput output = open(4800 * FRAME_BYTES);
        play(output);
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(5), output::close);

            assertTrue(line().wasClosed());
            assertFalse(line().drainEnded(), "the driver is still stuck in drain()");
        } finally {
            line().releaseDrain();
        }
        output.close(); // idempotent
    }
}
