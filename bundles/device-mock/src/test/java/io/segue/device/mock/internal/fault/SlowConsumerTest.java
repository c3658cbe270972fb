package io.segue.device.mock.internal.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import org.junit.jupiter.api.Test;

class SlowConsumerTest {

    private static final AudioFormat MONO = AudioFormat.mono(8000);

    @Test
    void everyChunkTakesTheSetTimeOnTheCallingThread() {
        SlowConsumer slow = new SlowConsumer(25);

        long from = System.nanoTime();
        slow.onChunk(0, from, MONO, new float[80], 80);
        slow.onChunk(1, from, MONO, new float[80], 80);
        long took = System.nanoTime() - from;

        assertTrue(took >= 50_000_000L, "two chunks took " + took + " ns");
        assertEquals(2, slow.chunks());
        assertEquals("slow consumer (fault injection): 25 ms per chunk", slow.toString());
    }

    @Test
    void anInterruptEndsTheWaitAndStaysSet() {
        SlowConsumer slow = new SlowConsumer(60_000);
        Thread.currentThread().interrupt();
        try {
            slow.onChunk(0, 0, MONO, new float[80], 80);

            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aNegativeTimeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SlowConsumer(-1));

        assertEquals("millisPerChunk must not be negative, was -1", e.getMessage());
    }
}
