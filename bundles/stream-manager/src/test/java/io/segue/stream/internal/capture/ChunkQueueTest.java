package io.segue.stream.internal.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChunkQueueTest {

    private static void write(ChunkQueue queue, float value, int frames) {
        long sequence = queue.claim();
        java.util.Arrays.fill(queue.buffer(sequence), 0, frames, value);
        queue.publish(sequence, frames, 1000 + sequence);
    }

    @Test
    void readerTakesChunksInOrderWithTheirFramesAndTimes() throws Exception {
        ChunkQueue queue = new ChunkQueue(4, 8);
        ChunkQueue.Reader reader = queue.newReader();
        write(queue, 1f, 8);
        write(queue, 2f, 5);
        float[] into = new float[8];

        assertTrue(reader.take(into, 0, TimeUnit.MILLISECONDS));
        assertEquals(0, reader.sequence());
        assertEquals(8, reader.frames());
        assertEquals(1000, reader.captureNanos());
        assertEquals(1f, into[7]);

        assertTrue(reader.take(into, 0, TimeUnit.MILLISECONDS));
        assertEquals(1, reader.sequence());
        assertEquals(5, reader.frames());
        assertEquals(2f, into[4]);
        assertEquals(0, reader.dropped());
    }

    @Test
    void writerOverwritesTheOldestAndTheSlowReaderCountsWhatItLost() throws Exception {
        ChunkQueue queue = new ChunkQueue(4, 2);
        ChunkQueue.Reader reader = queue.newReader();
        for (int i = 0; i < 10; i++) {
            write(queue, i, 2);
        }
        float[] into = new float[2];

        assertEquals(4, reader.backlog());
        assertTrue(reader.take(into, 0, TimeUnit.MILLISECONDS));
        assertEquals(6, reader.sequence(), "the oldest chunk still held is the 4th newest");
        assertEquals(6f, into[0]);
        assertEquals(6, reader.dropped());
    }

    @Test
    void aStalledReadersLossesShowBeforeItReadsAgain() {
        ChunkQueue queue = new ChunkQueue(4, 1);
        ChunkQueue.Reader reader = queue.newReader();
        for (int i = 0; i < 10; i++) {
            write(queue, i, 1);
        }
        assertEquals(6, reader.dropped(), "10 written, 4 still held");
        assertEquals(4, reader.backlog());
    }

    @Test
    void eachReaderHasItsOwnCursor() throws Exception {
        ChunkQueue queue = new ChunkQueue(3, 1);
        ChunkQueue.Reader fast = queue.newReader();
        ChunkQueue.Reader slow = queue.newReader();
        float[] into = new float[1];
        for (int i = 0; i < 6; i++) {
            write(queue, i, 1);
            assertTrue(fast.take(into, 0, TimeUnit.MILLISECONDS));
        }
        assertEquals(0, fast.dropped());
        assertTrue(slow.take(into, 0, TimeUnit.MILLISECONDS));
        assertEquals(3, slow.dropped());
        assertEquals(3f, into[0]);
    }

    @Test
    void takeTimesOutWhenNothingArrives() throws Exception {
        ChunkQueue queue = new ChunkQueue(2, 1);
        assertFalse(queue.newReader().take(new float[1], 5, TimeUnit.MILLISECONDS));
    }

    @Test
    void aWaitingReaderIsWokenByTheWriter() throws Exception {
        ChunkQueue queue = new ChunkQueue(2, 1);
        ChunkQueue.Reader reader = queue.newReader();
        CompletableFuture<Boolean> taken = CompletableFuture.supplyAsync(() -> {
            try {
                return reader.take(new float[1], 10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        write(queue, 1f, 1);
        assertTrue(taken.get(5, TimeUnit.SECONDS));
        assertEquals(0, reader.sequence());
    }

    @Test
    void concurrentWriterAndSlowReaderNeverSeeATornChunk() throws Exception {
        int frames = 256;
        ChunkQueue queue = new ChunkQueue(3, frames);
        ChunkQueue.Reader reader = queue.newReader();
        int total = 200_000;
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < total; i++) {
                write(queue, i, frames);
            }
        });
        float[] into = new float[frames];
        long taken = 0;
        long lastSequence = -1;
        while (!writer.isDone() || reader.backlog() > 0) {
            if (reader.take(into, 1, TimeUnit.MILLISECONDS)) {
                taken++;
                assertTrue(reader.sequence() > lastSequence);
                lastSequence = reader.sequence();
                for (int i = 0; i < frames; i++) {
                    assertEquals((float) reader.sequence(), into[i], "a chunk mixes two writes");
                }
            }
        }
        writer.get();
        assertEquals(total, taken + reader.dropped(), "every chunk is either taken or counted as dropped");
    }
}
