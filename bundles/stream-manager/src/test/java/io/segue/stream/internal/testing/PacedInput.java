package io.segue.stream.internal.testing;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A test device that delivers a sine in real time, like a sound card, and can be made to stall (deliver nothing for
 * a while) or to fail its next read. {@link #close()} ends a read in progress.
 */
public final class PacedInput implements AudioInput {

    private final SineInput sine;
    private final AudioFormat format;
    private long nextDueNanos;
    private volatile long stallUntilNanos;
    private volatile String failNext;
    private volatile boolean closed;

    public PacedInput(AudioFormat format) {
        this.sine = new SineInput(format, 440, -1, -1);
        this.format = format;
    }

    /** The next read delivers nothing for {@code millis}; the time is not made up. */
    public void stall(long millis) {
        stallUntilNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** The next read throws an IOException with this message. */
    public void failNextRead(String message) {
        failNext = message;
    }

    @Override
    public AudioFormat format() {
        return format;
    }

    @Override
    public int read(float[] buffer, int frames) throws IOException {
        if (nextDueNanos == 0) {
            nextDueNanos = System.nanoTime();
        }
        nextDueNanos += format.nanosOf(frames);
        long stall = stallUntilNanos;
        if (stall != 0) {
            stallUntilNanos = 0;
            waitUntil(stall);
            nextDueNanos = System.nanoTime() + format.nanosOf(frames);
        }
        waitUntil(nextDueNanos);
        if (closed) {
            return -1;
        }
        String failure = failNext;
        if (failure != null) {
            failNext = null;
            throw new IOException(failure);
        }
        return sine.read(buffer, frames);
    }

    private void waitUntil(long deadline) {
        long remaining;
        while (!closed && (remaining = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(this, remaining);
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
