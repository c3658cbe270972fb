package io.segue.device.mock.internal.fault;

import io.segue.api.audio.AudioFormat;
import io.segue.api.stream.AudioChunkListener;
import java.util.concurrent.locks.LockSupport;

/**
 * A slow analysis, for rehearsing overload: it spends a set time on every chunk, on the calling (analysis) thread,
 * which is the point: the stream manager then drops chunks and counts them, as it would for an extractor too slow
 * for real time. An interrupt of the analysis thread ends the wait at once (the interrupt stays set).
 */
public final class SlowConsumer implements AudioChunkListener {

    private volatile long nanosPerChunk;
    private volatile long chunks;

    public SlowConsumer(long millisPerChunk) {
        setMillisPerChunk(millisPerChunk);
    }

    public void setMillisPerChunk(long millisPerChunk) {
        if (millisPerChunk < 0) {
            throw new IllegalArgumentException("millisPerChunk must not be negative, was " + millisPerChunk);
        }
        this.nanosPerChunk = millisPerChunk * 1_000_000L;
    }

    public long millisPerChunk() {
        return nanosPerChunk / 1_000_000L;
    }

    /** Chunks received so far. */
    public long chunks() {
        return chunks;
    }

    @Override
    public void onChunk(long sequence, long captureNanos, AudioFormat format, float[] samples, int frames) {
        chunks++; // one analysis thread calls this: a plain increment of the volatile is safe
        long deadline = System.nanoTime() + nanosPerChunk;
        for (long left = nanosPerChunk; left > 0 && !Thread.currentThread().isInterrupted();
                left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
        }
    }

    @Override
    public String toString() {
        return "slow consumer (fault injection): " + millisPerChunk() + " ms per chunk";
    }
}
