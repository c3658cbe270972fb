package io.segue.stream.internal.ring;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * A wait for the next item of a shared cursor whose queue may be replaced meanwhile (a restarted stream): callers
 * queue on one lock, taken within their timeout, and wait in slices of at most 100 ms, asking for the current
 * queue anew each slice.
 */
public final class SlicedWait {

    static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /** One slice of the wait. */
    @FunctionalInterface
    public interface Attempt<T> {

        /** The next item of the current queue, waiting up to {@code timeoutNanos}, or empty. */
        Optional<T> take(long timeoutNanos) throws InterruptedException;
    }

    private SlicedWait() {
    }

    /**
     * @param gone    true when there is nothing to wait for any more (no stream): the wait ends empty
     * @param attempt takes from whatever queue is current
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    public static <T> Optional<T> await(ReentrantLock lock, Duration timeout, BooleanSupplier gone,
            Attempt<T> attempt) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        try {
            while (!gone.getAsBoolean()) {
                long remaining = deadline - System.nanoTime();
                Optional<T> item = attempt.take(Math.max(0, Math.min(remaining, SLICE_NANOS)));
                if (item.isPresent() || remaining <= SLICE_NANOS) {
                    return item;
                }
            }
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }
}
