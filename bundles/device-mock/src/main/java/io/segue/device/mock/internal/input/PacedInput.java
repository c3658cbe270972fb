package io.segue.device.mock.internal.input;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * Delivers another input's frames no faster than a sound card would capture them: a read returns when the
 * wall-clock time of its last frame has come, counted from the first read. Deadlines are computed from the start
 * and the frames delivered so far, never by adding up waits, so the pace does not drift. A reader that falls
 * behind gets the frames it is late for at once, like reading a full device buffer.
 *
 * <p>{@link #close()} from another thread wakes a waiting read, which then returns -1.
 */
public final class PacedInput implements AudioInput {

    private final AudioInput source;
    private long startNanos;
    private boolean started;
    private long framesDelivered;
    private volatile boolean closed;
    private volatile Thread waiter;

    public PacedInput(AudioInput source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public AudioFormat format() {
        return source.format();
    }

    @Override
    public long lengthFrames() {
        return source.lengthFrames();
    }

    @Override
    public int read(float[] buffer, int frames) throws IOException {
        if (closed) {
            return -1;
        }
        if (!started) {
            startNanos = System.nanoTime();
            started = true;
        }
        int n = source.read(buffer, frames);
        if (n <= 0) {
            return closed ? -1 : n;
        }
        framesDelivered += n;
        return awaitDeadline(startNanos + source.format().nanosOf(framesDelivered)) ? n : -1;
    }

    /** Waits until {@code deadline}; false when closed first. */
    private boolean awaitDeadline(long deadlineNanos) {
        // publish the waiter before checking the flag; close() sets the flag before reading the waiter
        waiter = Thread.currentThread();
        try {
            while (!closed) {
                long remaining = deadlineNanos - System.nanoTime();
                if (remaining <= 0) {
                    return true;
                }
                LockSupport.parkNanos(this, remaining);
            }
            return false;
        } finally {
            waiter = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread t = waiter;
        if (t != null) {
            LockSupport.unpark(t);
        }
        source.close();
    }
}
