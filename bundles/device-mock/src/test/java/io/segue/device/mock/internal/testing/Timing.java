package io.segue.device.mock.internal.testing;

import io.segue.testing.Await;
import java.time.Duration;

/** Waits on threads, for tests of blocking reads and writes. */
public final class Timing {

    private Timing() {
    }

    public static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000L;
    }

    /** Awaits {@code thread} parking with a timeout (a paced read or write waiting); fails after 5 s. */
    public static void awaitTimedWaiting(Thread thread) {
        Await.until(() -> thread.getState() == Thread.State.TIMED_WAITING, Duration.ofSeconds(5),
                () -> thread + " never waited; it is " + thread.getState());
    }
}
