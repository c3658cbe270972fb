package io.segue.device.mock.internal.fault;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults injected at run time into one mock device (options after {@code ?} aside: every open of
 * {@code mock:sine} shares the faults of {@code mock:sine}). The injector writes here under the lock; each open
 * input or output reads the volatile fields once per read or write through its {@link OpenFaults}.
 *
 * <p>One-off faults (a disconnect, a stall, a glitch) are announced by bumping a counter: an open input or output
 * that has not seen the current count yet takes the fault once. An input or output opened later starts at the
 * current count, so it sees only later faults; an unplug also refuses every open while it lasts.
 */
public final class DeviceFaults {

    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final String deviceId;
    private final AtomicInteger open = new AtomicInteger();

    private volatile int disconnects;
    private volatile String disconnectMessage = "";
    private volatile Unplug unplug;
    private volatile int stalls;
    private volatile long stallNanos;
    private volatile int delayedDisconnects;
    private volatile int disconnectAfterReads;
    private volatile int glitches;
    private volatile int glitchReads;
    private volatile long jitterNanos;

    /** @param untilNanos when the device comes back, valid only when {@code timed} */
    private record Unplug(long untilNanos, boolean timed) {
    }

    public DeviceFaults(String deviceId) {
        this.deviceId = deviceId;
    }

    public String deviceId() {
        return deviceId;
    }

    /** Inputs and outputs of this device open now. */
    public int openCount() {
        return open.get();
    }

    /** Starts tracking a new open of this device, which sees the faults injected from now on. */
    public OpenFaults open(Faults options) {
        open.incrementAndGet();
        return new OpenFaults(this, options);
    }

    void released() {
        open.decrementAndGet();
    }

    /** Fails every input and output of this device open now on its next read or write. */
    public synchronized void disconnect() {
        disconnect("mock device " + deviceId + " disconnected (fault injection)");
    }

    /**
     * Disconnects the device and hides it: {@link #unplugged()} holds for {@code millis} milliseconds, or until
     * {@link #clear()} when {@code millis} is negative.
     */
    public synchronized void unplug(long millis) {
        unplug = millis < 0 ? new Unplug(0, false) : new Unplug(System.nanoTime() + millis * NANOS_PER_MILLI, true);
        disconnect("mock device " + deviceId + " was unplugged (fault injection)");
    }

    /** Fails every input and output of this device open now on its next read or write, with {@code message}. */
    public synchronized void disconnect(String message) {
        disconnectMessage = message;
        disconnects++;
    }

    /** Whether the device is unplugged now; a timed unplug ends by itself when its time is up. */
    public boolean unplugged() {
        return unplugged(unplug);
    }

    private static boolean unplugged(Unplug u) {
        return u != null && (!u.timed() || System.nanoTime() - u.untilNanos() < 0);
    }

    /** @throws IOException when the device is unplugged now */
    public void checkPlugged() throws IOException {
        Unplug u = unplug;
        if (unplugged(u)) {
            throw new IOException("mock device " + deviceId + " is unplugged (fault injection)" + (u.timed()
                    ? "; it comes back in " + Math.max(1, (u.untilNanos() - System.nanoTime()) / NANOS_PER_MILLI)
                            + " ms"
                    : "; it comes back when the fault is cleared"));
        }
    }

    /**
     * Lets every input and output open now read or write {@code reads} more times, then fails it as a
     * {@link #disconnect()} would.
     */
    public synchronized void disconnectAfter(int reads) {
        disconnectAfterReads = reads; // before the count: whoever sees the count sees this number
        delayedDisconnects++;
    }

    /** Blocks the next read or write of every input and output open now for {@code millis} milliseconds. */
    public synchronized void stall(long millis) {
        stallNanos = millis * NANOS_PER_MILLI; // before the count: whoever sees the count sees this duration
        stalls++;
    }

    /** Puts a burst of bad samples in each of the next {@code reads} reads of every input open now. */
    public synchronized void glitch(int reads) {
        glitchReads = reads;
        glitches++;
    }

    /** Releases every read and write up to {@code millis} milliseconds late, at random; 0 stops it. */
    public synchronized void jitter(long millis) {
        jitterNanos = millis * NANOS_PER_MILLI;
    }

    /**
     * Clears every fault: the device comes back if unplugged, jitter stops, a stall or glitch not yet taken is
     * dropped. A disconnect already taken stays: those inputs and outputs are gone.
     *
     * @return what was in force, e.g. {@code [unplugged, jitter 20 ms]}; empty when nothing was
     */
    public synchronized List<String> clear() {
        List<String> cleared = new ArrayList<>();
        if (unplugged()) {
            cleared.add("unplugged");
        }
        if (jitterNanos > 0) {
            cleared.add("jitter " + jitterNanos / NANOS_PER_MILLI + " ms");
        }
        unplug = null;
        jitterNanos = 0;
        stallNanos = 0;
        stalls++;
        glitchReads = 0;
        glitches++;
        disconnectAfterReads = -1;
        delayedDisconnects++;
        return cleared;
    }

    int disconnects() {
        return disconnects;
    }

    String disconnectMessage() {
        return disconnectMessage;
    }

    int delayedDisconnects() {
        return delayedDisconnects;
    }

    int disconnectAfterReads() {
        return disconnectAfterReads;
    }

    int stalls() {
        return stalls;
    }

    long stallNanos() {
        return stallNanos;
    }

    int glitches() {
        return glitches;
    }

    int glitchReads() {
        return glitchReads;
    }

    long jitterNanos() {
        return jitterNanos;
    }
}
