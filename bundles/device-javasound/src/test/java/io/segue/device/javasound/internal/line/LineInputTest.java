package io.segue.device.javasound.internal.line;

import static io.segue.device.javasound.internal.testing.Formats.pcm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.device.javasound.internal.testing.FakeMixer;
import io.segue.device.javasound.internal.testing.FakeTargetDataLine;
import io.segue.testing.Await;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class LineInputTest {

    private static final String DEVICE = "'javasound:usb-mic' (USB Mic)";
    private static final AudioFormat MONO_48K = AudioFormat.mono(48_000);
    /** 48 kHz stereo 16-bit: 4 bytes a frame. */
    private static final int FRAME_BYTES = 4;

    private final FakeMixer mic = FakeMixer.of("USB Mic", List.of(pcm(48_000, 16, 2)), List.of());

    private LineInput open(int bufferBytes, int stallMillis) throws IOException {
        Negotiated negotiated = FormatNegotiator.forCapture(mic, MONO_48K).orElseThrow();
        return LineInput.open(mic, negotiated, DEVICE, bufferBytes, 1024, stallMillis);
    }

    private FakeTargetDataLine line() {
        return (FakeTargetDataLine) mic.lines().get(0);
    }

    @Test
    void theLatencyIsTheBufferTheLineGrantedNotTheOneAskedFor() throws IOException {
        // like ALSA rounding up to whole periods: 4800 frames asked (100 ms), 6144 frames granted
        mic.grantBuffer(requested -> 6144 * FRAME_BYTES);

        try (LineInput input = open(4800 * FRAME_BYTES, 1000)) {
            assertEquals(4800 * FRAME_BYTES, line().requestedBufferSize());
            assertEquals(128.0, input.latencyMillis(), 1e-9, "6144 frames at 48 kHz");
        }
    }

    @Test
    void aLineThatDoesNotSayItsBufferHasNoLatency() throws IOException {
        mic.grantBuffer(requested -> javax.sound.sampled.AudioSystem.NOT_SPECIFIED);

        try (LineInput input = open(4800 * FRAME_BYTES, 1000)) {
            assertTrue(Double.isNaN(input.latencyMillis()));
        }
    }

    @Test
    void aLineThatStaysOpenButDeliversNothingIsAnIOExceptionAfterTheStallTime() throws IOException {
        mic.stallAfterBytes(2048 * FRAME_BYTES, FakeMixer.Stall.RETURN_ZERO);
        try (LineInput input = open(4800 * FRAME_BYTES, 100)) {
            float[] chunk = new float[1024];
            assertEquals(1024, input.read(chunk, 1024));
            assertEquals(1024, input.read(chunk, 1024));
            long start = System.nanoTime();

            IOException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(IOException.class, () -> input.read(chunk, 1024)));

            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals("Java Sound device 'javasound:usb-mic' (USB Mic) stopped delivering audio "
                    + "(100 ms without data): was it unplugged?", e.getMessage());
            assertTrue(waitedMillis >= 100, "the line had " + waitedMillis + " ms to deliver");
            int emptyReads = line().emptyReads();
            assertTrue(emptyReads > 1 && emptyReads <= 100, "empty reads are retried after a pause, not spun on: "
                    + emptyReads + " in " + waitedMillis + " ms");
        }
    }

    @Test
    void aGapShorterThanTheStallTimeIsWaitedOut() throws IOException {
        mic.gapAfterBytes(1000 * FRAME_BYTES, 5);
        try (LineInput input = open(4800 * FRAME_BYTES, 1000)) {
            float[] chunk = new float[1024];

            assertEquals(1024, input.read(chunk, 1024));
            assertEquals(1024, input.read(chunk, 1024));

            assertEquals(5, line().emptyReads());
            assertTrue(line().isOpen());
        }
    }

    @Test
    void closingUnblocksAReadWaitingInsideJavaSound() throws Exception {
        mic.stallAfterBytes(0, FakeMixer.Stall.BLOCK);
        LineInput input = open(4800 * FRAME_BYTES, 60_000);
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
            try {
                return input.read(new float[1024], 1024);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        Await.until(() -> line().blockedInRead(), Duration.ofSeconds(5), () -> "the read did not block");

        input.close();

        assertEquals(-1, read.get(5, TimeUnit.SECONDS), "a read ended by close() is the end of the input");
        assertTrue(line().wasClosed());
    }

    @Test
    void aStoppedLineWhoseReadReturnsZeroEndsWithAnIOExceptionNotASpin() throws IOException {
        try (LineInput input = open(4800 * FRAME_BYTES, 50)) {
            line().stop(); // stopped behind Segue's back, as a sound server may do: reads return 0 at once

            IOException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(IOException.class, () -> input.read(new float[1024], 1024)));

            assertTrue(e.getMessage().contains("stopped delivering audio (50 ms without data)"), e.getMessage());
        }
    }

    @Test
    void anInterruptedReaderStopsWaitingForAStalledLine()
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        mic.stallAfterBytes(0, FakeMixer.Stall.RETURN_ZERO);
        try (LineInput input = open(4800 * FRAME_BYTES, 60_000)) {
            CompletableFuture<Throwable> failure = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try {
                    input.read(new float[1024], 1024);
                    failure.complete(null);
                } catch (IOException e) {
                    failure.complete(e);
                }
            });
            reader.start();
            Await.until(() -> line().emptyReads() > 0, Duration.ofSeconds(5), () -> "no read was tried");

            reader.interrupt();

            Throwable e = failure.get(5, TimeUnit.SECONDS);
            assertTrue(e instanceof InterruptedIOException, String.valueOf(e));
            assertEquals("interrupted while waiting for audio from Java Sound device " + DEVICE, e.getMessage());
        }
    }
}
