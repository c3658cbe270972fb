package io.segue.stream.internal.testing;

import java.lang.management.ManagementFactory;

/** Bytes allocated by a thread, from the JVM's per-thread allocation counter. */
public final class Allocations {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Allocations() {
    }

    public static long allocatedBytes(Thread thread) {
        return THREADS.getThreadAllocatedBytes(thread.getId());
    }
}
