package io.segue.stream.internal.testing;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioOutput;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/**
 * A test output device paced in real time, like a sound card: each write takes the written audio's duration. It
 * keeps the peak of what it was given, counts the frames, can hold its writer (a device that stopped taking
 * audio) and fail its next write.
 */
public final class RecordingOutput implements AudioOutput {

    private final AudioFormat format;
    private long nextDueNanos;
    private volatile long frames;
    private volatile long nonSilentFrames;
    private volatile CountDownLatch hold;
    private volatile String failNext;
    private volatile boolean closed;

    public RecordingOutput(AudioFormat format) {
        this.format = format;
    }

    public long frames() {
        return frames;
    }

    /** Frames that carried sound (any sample not 0). */
    public long nonSilentFrames() {
        return nonSilentFrames;
    }

    /** Blocks every write until {@link #release()}. */
    public void hold() {
        hold = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch latch = hold;
        hold = null;
        if (latch != null) {
            latch.countDown();
        }
    }

    public void failNextWrite(String message) {
        failNext = message;
    }

    @Override
    public AudioFormat format() {
        return format;
    }

    @Override
    public void write(float[] buffer, int count) throws IOException {
        CountDownLatch latch = hold;
        if (latch != null) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
        if (closed) {
            throw new IOException("closed");
        }
        String failure = failNext;
        if (failure != null) {
            failNext = null;
            throw new IOException(failure);
        }
        int channels = format.channels();
        for (int frame = 0; frame < count; frame++) {
            for (int channel = 0; channel < channels; channel++) {
                if (buffer[frame * channels + channel] != 0) {
                    nonSilentFrames++;
                    break;
                }
            }
        }
        frames += count;
        long now = System.nanoTime();
        nextDueNanos = Math.max(nextDueNanos, now) + format.nanosOf(count);
        long remaining;
        while (!closed && (remaining = nextDueNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(this, remaining);
        }
    }

    @Override
    public double latencyMillis() {
        return 0;
    }

    @Override
    public void close() {
        closed = true;
        release();
    }
}
