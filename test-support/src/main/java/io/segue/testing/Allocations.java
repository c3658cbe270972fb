package io.segue.testing;

import java.lang.management.ManagementFactory;

/** Heap allocation of a thread, from HotSpot's per-thread counter. */
public final class Allocations {

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private Allocations() {
    }

    /** Bytes {@code thread} has allocated since it started. */
    public static long allocatedBytes(Thread thread) {
        return THREADS.getThreadAllocatedBytes(thread.getId());
    }

    /**
     * Bytes the current thread allocates while running {@code action} {@code repetitions} times, after as many
     * warm-up runs.
     */
    public static long bytesAllocatedBy(Runnable action, int repetitions) {
        for (int i = 0; i < repetitions; i++) {
            action.run();
        }
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < repetitions; i++) {
            action.run();
        }
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }

    /**
     * The least of up to three {@link #bytesAllocatedBy} measurements, stopping at the first that allocates
     * nothing: an allocation on every call shows in each, a one-off of the JVM (an object the JIT had kept off the
     * heap, made real when the code is deoptimized) in one at most. Runs {@code action} up to 6 × {@code repetitions}
     * times: only for actions that do not count their calls.
     */
    public static long leastBytesAllocatedBy(Runnable action, int repetitions) {
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 3 && least != 0; round++) {
            least = Math.min(least, bytesAllocatedBy(action, repetitions));
        }
        return least;
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean)
                || !bean.isThreadAllocatedMemorySupported() || !bean.isThreadAllocatedMemoryEnabled()) {
            throw new IllegalStateException("this JVM cannot measure per-thread allocation; use a HotSpot JVM");
        }
        return bean;
    }
}
