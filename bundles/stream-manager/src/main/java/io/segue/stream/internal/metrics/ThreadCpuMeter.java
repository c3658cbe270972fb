package io.segue.stream.internal.metrics;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The share of one core the calling thread used over its last window of about half a second. The measured thread
 * calls {@link #tick()} as it works; anyone reads {@link #share()}.
 */
public final class ThreadCpuMeter {

    private static final long WINDOW_NANOS = 500_000_000L;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean supported = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
    private long windowStartWall;
    private long windowStartCpu;
    private volatile double share = Double.NaN;

    /** On the measured thread: closes the window when it is old enough. Cheap; allocates nothing. */
    public void tick() {
        if (!supported) {
            return;
        }
        long wall = System.nanoTime();
        if (windowStartWall == 0) {
            windowStartWall = wall;
            windowStartCpu = threads.getCurrentThreadCpuTime();
            return;
        }
        if (wall - windowStartWall >= WINDOW_NANOS) {
            long cpu = threads.getCurrentThreadCpuTime();
            share = Math.min(1.0, (double) (cpu - windowStartCpu) / (wall - windowStartWall));
            windowStartWall = wall;
            windowStartCpu = cpu;
        }
    }

    /** 0..1, or {@code NaN} before the first window closed or when the JVM cannot measure thread CPU time. */
    public double share() {
        return share;
    }
}
