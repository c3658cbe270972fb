package io.segue.device.mock.internal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.device.mock.internal.signal.SilenceGenerator;
import io.segue.device.mock.internal.signal.SineGenerator;
import io.segue.device.mock.internal.testing.Measure;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PacedInputTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void noReadReturnsBeforeItsLastFrameWouldHaveBeenCaptured() throws Exception {
        int rate = 22_050;
        PacedInput input = new PacedInput(sine(rate));
        float[] buffer = new float[1031];
        long start = System.nanoTime();
        long frames = 0;
        while (frames < rate / 2) {
            frames += input.read(buffer, buffer.length);
            long elapsed = System.nanoTime() - start;
            assertTrue(elapsed >= AudioFormat.mono(rate).nanosOf(frames),
                    "after " + frames + " frames: " + elapsed + " ns elapsed, " + AudioFormat.mono(rate).nanosOf(frames)
                            + " ns of audio");
        }
        long elapsed = System.nanoTime() - start;

        assertTrue(elapsed >= 450_000_000L, "half a second of audio took " + elapsed + " ns");
        assertTrue(elapsed < AudioFormat.mono(rate).nanosOf(frames) + 2_000_000_000L,
                "no runaway waits: " + elapsed + " ns");
    }

    @Test
    @Timeout(10)
    void closeFromAnotherThreadWakesAWaitingRead() throws Exception {
        PacedInput input = new PacedInput(new GeneratedInput(new SilenceGenerator(), AudioFormat.mono(8000)));
        float[] tenSeconds = new float[80_000];
        AtomicReference<Thread> reader = new AtomicReference<>();
        CountDownLatch reading = new CountDownLatch(1);
        CompletableFuture<Integer> result = CompletableFuture.supplyAsync(() -> {
            reader.set(Thread.currentThread());
            reading.countDown();
            try {
                return input.read(tenSeconds, tenSeconds.length);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, executor);
        assertTrue(reading.await(5, TimeUnit.SECONDS));
        awaitState(reader.get(), Thread.State.TIMED_WAITING);

        long closedAt = System.nanoTime();
        input.close();
        int n = result.get(2, TimeUnit.SECONDS);

        assertEquals(-1, n);
        assertTrue(System.nanoTime() - closedAt < 1_000_000_000L, "the read returned promptly after close");
        assertEquals(-1, input.read(tenSeconds, 10), "stays closed");
    }

    @Test
    void aFiniteSourceEndsWithMinusOne() throws Exception {
        AudioInput twoChunks = new AudioInput() {
            private int reads;

            @Override
            public AudioFormat format() {
                return AudioFormat.mono(1_000_000);
            }

            @Override
            public int read(float[] buffer, int frames) {
                return ++reads <= 2 ? frames : -1;
            }

            @Override
            public long lengthFrames() {
                return 200;
            }

            @Override
            public void close() {
            }
        };
        PacedInput input = new PacedInput(twoChunks);
        float[] buffer = new float[100];

        assertEquals(200, input.lengthFrames());
        assertEquals(100, input.read(buffer, 100));
        assertEquals(100, input.read(buffer, 100));
        assertEquals(-1, input.read(buffer, 100));
    }

    @Test
    void closePassesToTheSource() throws Exception {
        GeneratedInput source = new GeneratedInput(new SilenceGenerator(), AudioFormat.mono(8000));
        PacedInput input = new PacedInput(source);
        input.close();

        assertEquals(-1, source.read(new float[10], 10));
        assertEquals(-1, input.read(new float[10], 10));
        assertEquals(AudioFormat.mono(8000), input.format());
    }

    @Test
    void steadyStateReadsDoNotAllocate() throws Exception {
        int rate = 1_000_000_000; // a billion frames a second: 10,000 reads are due at once
        PacedInput input = new PacedInput(sine(rate));
        long allocated = Measure.bytesAllocatedByReads(input, 2000, 10_000);

        assertTrue(allocated < 10_000, allocated + " bytes allocated in 10,000 reads");
    }

    @Test
    void anUnpacedInputHoldsOnlyTheReadItIsToldToDelay() throws Exception {
        PacedInput input = new PacedInput(sine(8000), false);
        float[] buffer = new float[80];

        input.delayNextRead(100_000_000L, 0);
        long from = System.nanoTime();
        input.read(buffer, 80);
        long held = System.nanoTime() - from;
        from = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            input.read(buffer, 80);
        }
        long next = System.nanoTime() - from;

        assertTrue(held >= 100_000_000L, "held " + held + " ns");
        assertTrue(next < 100_000_000L, "later reads are not held: 100 took " + next + " ns");
        assertTrue(Double.isNaN(input.latencyMillis()), "unpaced: the source does not say");
    }

    private static GeneratedInput sine(int rate) {
        return new GeneratedInput(new SineGenerator(440, 0.5, rate), AudioFormat.mono(rate));
    }

    /** Polls until {@code thread} is in {@code state}; fails after 5 s. */
    private static void awaitState(Thread thread, Thread.State state) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (thread.getState() != state) {
            assertTrue(System.nanoTime() < deadline, "thread never reached " + state + ", is " + thread.getState());
            LockSupport.parkNanos(1_000_000L);
        }
    }
}
