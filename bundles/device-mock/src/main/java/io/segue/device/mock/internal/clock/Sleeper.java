package io.segue.device.mock.internal.clock;

import java.util.concurrent.locks.LockSupport;

/**
 * Timed waits of one device's I/O thread that {@link #close()} from any other thread ends at once: how a paced read
 * or a blocked write returns promptly when its device is closed. Allocates nothing.
 */
public final class Sleeper {

    private volatile boolean closed;
    private volatile Thread waiter;

    /**
     * Waits until {@link System#nanoTime()} reaches {@code deadlineNanos}.
     *
     * @return true when the deadline came, false when closed first (or before the call)
     */
    public boolean sleepUntil(long deadlineNanos) {
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

    public boolean isClosed() {
        return closed;
    }

    /** Ends the current wait and every later one. Idempotent. */
    public void close() {
        closed = true;
        Thread t = waiter;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }
}
