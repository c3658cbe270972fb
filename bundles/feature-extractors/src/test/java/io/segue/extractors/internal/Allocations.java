package io.segue.extractors.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

/** Measures heap allocation on the calling thread (HotSpot's per-thread counter). */
public final class Allocations {

    private Allocations() {
    }

    /**
     * Bytes the current thread allocated while running {@code action} {@code repetitions} times, after as many
     * warm-up runs. Skips the test when the JVM cannot measure it.
     */
    public static long bytesAllocatedBy(Runnable action, int repetitions) {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean)) {
            assumeTrue(false, "no com.sun.management.ThreadMXBean");
            return -1;
        }
        assumeTrue(bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled(),
                "per-thread allocation measurement is not available");
        for (int i = 0; i < repetitions; i++) {
            action.run();
        }
        long before = bean.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < repetitions; i++) {
            action.run();
        }
        return bean.getCurrentThreadAllocatedBytes() - before;
    }
}
