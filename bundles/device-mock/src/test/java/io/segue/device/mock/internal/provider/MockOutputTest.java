package io.segue.device.mock.internal.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.AudioOutput;
import io.segue.device.mock.internal.fault.FaultBoard;
import io.segue.device.mock.internal.testing.FakeBundleContext;
import io.segue.device.mock.internal.testing.TestWav;
import io.segue.device.mock.internal.testing.Timing;
import io.segue.device.mock.internal.wav.WavFileDecoder;
import io.segue.testing.Await;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code mock:wav-out}: a paced playback device that records into a WAV file. */
class MockOutputTest {

    private static final int RATE = 22_050;
    private static final double QUANTUM = 0.5 / 32768 + 1e-7;

    @TempDir
    Path dir;

    private final FaultBoard board = new FaultBoard();
    private final MockDeviceProvider provider =
            new MockDeviceProvider(Configs.defaults(MockDeviceConfig.class), board, new RecordingLogger().logger());
    private final MockFaultInjector injector = new MockFaultInjector(board, new FakeBundleContext().context());
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void whatIsPlayedIsInTheFileWithinSixteenBitQuantization(int channels) throws IOException {
        Path file = dir.resolve("out.wav");
        float[] signal = TestWav.signal(RATE / 2, channels, RATE);
        // unpaced: what is in the file is the point here, not the pace (a loaded machine would count underflows)
        AudioOutput output = provider.openOutput("mock:wav-out?realtime=false&file=" + file,
                new AudioFormat(RATE, channels));
        assertEquals(new AudioFormat(RATE, channels), output.format());
        float[] chunk = new float[1000 * channels];
        for (int frame = 0; frame < RATE / 2; frame += 1000) {
            int n = Math.min(1000, RATE / 2 - frame);
            System.arraycopy(signal, frame * channels, chunk, 0, n * channels);
            output.write(chunk, n);
        }
        output.close();

        ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(file), 0, 44).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(Files.size(file) - 8, header.getInt(4), "RIFF size patched");
        assertEquals(RATE / 2 * 2 * channels, header.getInt(40), "data size patched");
        try (AudioInput input = new WavFileDecoder().open(file)) {
            assertEquals(new AudioFormat(RATE, channels), input.format());
            assertEquals(RATE / 2, input.lengthFrames());
            float[] read = new float[signal.length];
            assertEquals(RATE / 2, input.read(read, RATE / 2));
            for (int i = 0; i < signal.length; i++) {
                assertEquals(signal[i], read[i], QUANTUM, "sample " + i);
            }
        }
    }

    @Test
    void moreThanTwoChannelsAreCappedAtTwoAndSamplesBeyondFullScaleClip() throws IOException {
        Path file = dir.resolve("clip.wav");
        try (AudioOutput output = provider.openOutput("mock:wav-out?realtime=false&file=" + file,
                new AudioFormat(RATE, 6))) {
            assertEquals(new AudioFormat(RATE, 2), output.format());
            output.write(new float[] {4f, Float.NaN, -2f, 0.5f}, 2);
        }

        assertEquals(List.of(32767 / 32768f, 0f, -1f, 0.5f), readAll(file));
    }

    @Test
    void writeBlocksWhileTheBufferIsFullAsACardDoes() throws IOException {
        try (AudioOutput output = provider.openOutput("mock:wav-out?bufferMillis=100&file=" + dir.resolve("a.wav"),
                AudioFormat.mono(RATE))) {
            float[] chunk = new float[441]; // 20 ms
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                output.write(chunk, 441);
            }
            long elapsed = Timing.millisSince(start);

            // the lower bound is the property (writes wait for the card); an upper bound would only time the machine
            assertTrue(elapsed >= 850, "a second of audio through a 100 ms buffer: written in " + elapsed + " ms");
            assertEquals(0, output.underflows());
        }
    }

    @Test
    void aWriterLaterThanTheBufferCausesAnUnderflowAndTheCardPlaysSilenceForTheGap() throws IOException {
        Path file = dir.resolve("late.wav");
        AudioOutput output = provider.openOutput("mock:wav-out?bufferMillis=50&file=" + file, AudioFormat.mono(8000));
        float[] tenMillis = new float[80];
        Arrays.fill(tenMillis, 0.5f);
        for (int i = 0; i < 8; i++) {
            output.write(tenMillis, 80);
        }
        assertEquals(0, output.underflows());

        pause(300); // the writer is late: this pause is what is tested, not a wait for something

        output.write(tenMillis, 80);
        assertEquals(1, output.underflows());
        output.close();

        List<Float> played = readAll(file);
        int silent = (int) played.stream().filter(x -> x == 0).count();
        assertEquals(9 * 80 + silent, played.size());
        assertTrue(silent >= 8 * 240 && silent <= 8 * 500, "300 ms late through a 50 ms buffer: about 250 ms of "
                + "silence, was " + silent / 8 + " ms");
        assertEquals(List.of(0.5f), played.subList(0, 640).stream().distinct().toList());
        assertEquals(List.of(0.5f), played.subList(640 + silent, played.size()).stream().distinct().toList());
    }

    @Test
    void latencyIsTheBuffer() throws IOException {
        try (AudioOutput standard = provider.openOutput("mock:wav-out?file=" + dir.resolve("a.wav"), mono());
                AudioOutput small = provider.openOutput("mock:wav-out?bufferMillis=20&file=" + dir.resolve("b.wav"),
                        mono());
                AudioOutput unpaced = provider.openOutput("mock:wav-out?realtime=false&file=" + dir.resolve("c.wav"),
                        mono())) {
            assertEquals(50, standard.latencyMillis(), 0.05);
            assertEquals(20, small.latencyMillis(), 0.05);
            assertEquals(0, unpaced.latencyMillis());
        }
    }

    @Test
    void pacedInputsSayTheirBlockAsLatency() throws IOException {
        try (AudioInput input = provider.openInput("mock:sine", AudioFormat.mono(8000))) {
            assertTrue(Double.isNaN(input.latencyMillis()), "nothing read yet");
            input.read(new float[80], 80);
            assertEquals(10, input.latencyMillis(), 1e-9);
        }
    }

    @Test
    void aDirectoryOrAFileInAMissingDirectoryIsRefused() throws IOException {
        Path missing = dir.resolve("nowhere").resolve("out.wav");

        IllegalArgumentException directory = assertThrows(IllegalArgumentException.class,
                () -> provider.openOutput("mock:wav-out?file=" + dir, mono()));
        IllegalArgumentException parent = assertThrows(IllegalArgumentException.class,
                () -> provider.openOutput("mock:wav-out?file=" + missing, mono()));
        IllegalArgumentException buffer = assertThrows(IllegalArgumentException.class,
                () -> provider.openOutput("mock:wav-out?bufferMillis=0&file=" + dir.resolve("a.wav"), mono()));

        assertEquals("mock:wav-out cannot write " + dir + ": it is a directory; give the path of a WAV file with "
                + "mock:wav-out?file=<path> or the configuration key outputFile", directory.getMessage());
        assertEquals("mock:wav-out cannot write " + missing + ": the directory " + missing.getParent()
                + " does not exist", parent.getMessage());
        assertEquals("bufferMillis must be in [1, 2000] milliseconds, was 0", buffer.getMessage());
        assertEquals(0, board.device("mock:wav-out").openCount(), "a refused open is not counted as open");
    }

    @Test
    void inputsCannotPlayAndTheOutputCannotCapture() {
        IllegalArgumentException play = assertThrows(IllegalArgumentException.class,
                () -> provider.openOutput("mock:sine", mono()));
        IllegalArgumentException capture = assertThrows(IllegalArgumentException.class,
                () -> provider.openInput("mock:wav-out", mono()));

        assertEquals("mock:sine is an input device and cannot play; the mock output device is mock:wav-out",
                play.getMessage());
        assertEquals("mock:wav-out is an output device: open it for playback; the mock input devices are mock:sine, "
                + "mock:noise, mock:silence, mock:clicks, mock:file", capture.getMessage());
    }

    @Test
    void aDisconnectFailsTheNextWriteAndCloseStillLeavesAValidFile() throws IOException {
        Path file = dir.resolve("cut.wav");
        AudioOutput output = provider.openOutput("mock:wav-out?realtime=false&file=" + file, mono());
        output.write(new float[] {0.25f, 0.25f, 0.25f}, 3);

        injector.inject("mock:wav-out", "disconnect", List.of());

        IOException e = assertThrows(IOException.class, () -> output.write(new float[3], 3));
        assertEquals("mock device mock:wav-out disconnected (fault injection)", e.getMessage());
        long closing = System.nanoTime();
        output.close();
        assertTrue(Timing.millisSince(closing) < 1000, "close is bounded");
        assertEquals(List.of(0.25f, 0.25f, 0.25f), readAll(file));
    }

    @Test
    void theDisconnectAfterOptionPlaysUpToItThenFails() throws IOException {
        Path file = dir.resolve("cut.wav");
        try (AudioOutput output = provider.openOutput("mock:wav-out?realtime=false&disconnectAfter=100&file=" + file,
                mono())) {
            IOException e = assertThrows(IOException.class, () -> output.write(new float[150], 150));

            assertEquals("mock device disconnected after 100 frames (fault injection on mock:wav-out)",
                    e.getMessage());
        }
        assertEquals(100, readAll(file).size());
    }

    @Test
    void anUnpluggedOutputFailsItsWritesAndCannotBeOpened() throws IOException {
        try (AudioOutput output = provider.openOutput("mock:wav-out?realtime=false&file=" + dir.resolve("a.wav"),
                mono())) {
            injector.inject("mock:wav-out", "unplug", List.of("60000"));

            IOException write = assertThrows(IOException.class, () -> output.write(new float[3], 3));
            assertEquals("mock device mock:wav-out was unplugged (fault injection)", write.getMessage());
            assertThrows(IOException.class, () -> provider.openOutput("mock:wav-out?file=" + dir.resolve("b.wav"),
                    mono()));
        }
    }

    @Test
    void aStallBlocksTheNextWriteAndTheStalledDeviceDoesNotUnderflow() throws IOException {
        try (AudioOutput output = provider.openOutput("mock:wav-out?bufferMillis=100&file=" + dir.resolve("a.wav"),
                AudioFormat.mono(8000))) {
            float[] tenMillis = new float[80];
            for (int i = 0; i < 12; i++) {
                output.write(tenMillis, 80);
            }
            injector.inject("mock:wav-out", "stall", List.of("200"));

            long from = System.nanoTime();
            output.write(tenMillis, 80);
            long stalled = Timing.millisSince(from);
            for (int i = 0; i < 5; i++) {
                output.write(tenMillis, 80);
            }

            assertTrue(stalled >= 200, "the write was held " + stalled + " ms");
            assertEquals(0, output.underflows(), "a stalled device plays nothing, so nothing runs out");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stalled", "full"})
    @Timeout(10)
    void closeUnblocksAWriteAtOnce(String why) throws Exception {
        Path file = dir.resolve("a.wav");
        AudioOutput output = provider.openOutput("mock:wav-out?file=" + file, AudioFormat.mono(8000));
        if (why.equals("stalled")) {
            injector.inject("mock:wav-out", "stall", List.of("60000"));
        }
        AtomicReference<Thread> writer = new AtomicReference<>();
        Future<?> write = executor.submit(() -> {
            writer.set(Thread.currentThread());
            output.write(new float[80_000], 80_000); // ten seconds: blocks on the full buffer
            return null;
        });
        Await.until(() -> writer.get() != null, Duration.ofSeconds(5), () -> "the write started");
        Timing.awaitTimedWaiting(writer.get());

        long closedAt = System.nanoTime();
        output.close();

        write.get(2, TimeUnit.SECONDS);
        assertTrue(Timing.millisSince(closedAt) < 1000, "returned " + Timing.millisSince(closedAt) + " ms after close");
        output.write(new float[10], 10); // after close: nothing, no exception
        output.close();
        try (AudioInput input = new WavFileDecoder().open(file)) {
            assertTrue(input.lengthFrames() >= 0, "the header was patched");
        }
    }

    private static AudioFormat mono() {
        return AudioFormat.mono(RATE);
    }

    private static List<Float> readAll(Path file) throws IOException {
        try (AudioInput input = new WavFileDecoder().open(file)) {
            int samples = (int) input.lengthFrames() * input.format().channels();
            float[] x = new float[Math.max(1, samples)];
            int frames = (int) input.lengthFrames();
            if (frames > 0) {
                assertEquals(frames, input.read(x, frames));
            }
            Float[] boxed = new Float[samples];
            for (int i = 0; i < samples; i++) {
                boxed[i] = x[i];
            }
            return List.of(boxed);
        }
    }

    /** Holds the calling thread for {@code millis}: a writer that is late. */
    private static void pause(long millis) {
        long until = System.nanoTime() + millis * 1_000_000L;
        for (long left = millis * 1_000_000L; left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
