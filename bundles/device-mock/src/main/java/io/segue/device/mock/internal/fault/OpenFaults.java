package io.segue.device.mock.internal.fault;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The faults one open input or output meets: its options' and those injected into its device since it was opened.
 * Used by the one thread that reads or writes, apart from {@link #release()}; allocates nothing until a fault
 * fires.
 */
public final class OpenFaults {

    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final DeviceFaults device;
    private final Faults options;
    private final int disconnectsAtOpen;
    private final AtomicBoolean released = new AtomicBoolean();
    private int stallsSeen;
    private int glitchesSeen;
    private int delayedDisconnectsSeen;
    /** Reads or writes left before an injected {@code disconnect n} fires; -1 when none is pending. */
    private int readsBeforeDisconnect = -1;
    private int glitchReadsLeft;
    private boolean optionStallTaken;

    OpenFaults(DeviceFaults device, Faults options) {
        this.device = device;
        this.options = options;
        this.disconnectsAtOpen = device.disconnects();
        this.stallsSeen = device.stalls();
        this.glitchesSeen = device.glitches();
        this.delayedDisconnectsSeen = device.delayedDisconnects();
    }

    /** The faults of the options. */
    public Faults options() {
        return options;
    }

    /**
     * @param frames frames delivered or played so far
     * @throws IOException when the device was disconnected or unplugged since the open, an injected
     *                     {@code disconnect n} has let n reads or writes through, or the option
     *                     {@code disconnectAfter} is reached
     */
    public void checkConnected(long frames) throws IOException {
        checkNotDisconnected();
        int delayed = device.delayedDisconnects();
        if (delayed != delayedDisconnectsSeen) {
            delayedDisconnectsSeen = delayed;
            readsBeforeDisconnect = device.disconnectAfterReads();
        }
        if (readsBeforeDisconnect == 0) {
            throw new IOException("mock device " + device.deviceId() + " disconnected (fault injection)");
        }
        if (readsBeforeDisconnect > 0) {
            readsBeforeDisconnect--;
        }
        if (options.disconnectAfterFrames() >= 0 && frames >= options.disconnectAfterFrames()) {
            throw new IOException("mock device disconnected after " + frames + " frames (fault injection on "
                    + device.deviceId() + ")");
        }
    }

    /** @throws IOException when the device was disconnected or unplugged since the open */
    public void checkNotDisconnected() throws IOException {
        if (device.disconnects() != disconnectsAtOpen) {
            throw new IOException(device.disconnectMessage());
        }
    }

    /** How many more frames may go through before the option {@code disconnectAfter} fires. */
    public long framesBeforeDisconnect(long frames) {
        return options.disconnectAfterFrames() < 0 ? Long.MAX_VALUE : options.disconnectAfterFrames() - frames;
    }

    /** The stall the next read or write takes, in nanoseconds, 0 for none; a stall is taken once. */
    public long takeStallNanos(long frames) {
        long stall = 0;
        int stalls = device.stalls();
        if (stalls != stallsSeen) {
            stallsSeen = stalls;
            stall = device.stallNanos();
        }
        if (!optionStallTaken && options.stallAfterFrames() >= 0 && frames >= options.stallAfterFrames()) {
            optionStallTaken = true;
            stall = Math.max(stall, options.stallMillis() * NANOS_PER_MILLI);
        }
        return stall;
    }

    /** A random delay for the next read or write, in nanoseconds: 0 without jitter. */
    public long jitterNanos() {
        long most = Math.max(device.jitterNanos(), options.jitterMillis() * NANOS_PER_MILLI);
        return most > 0 ? ThreadLocalRandom.current().nextLong(most + 1) : 0;
    }

    /** Whether the next read gets a glitch burst (an injected {@code glitch n} lasts n reads). */
    public boolean takeGlitch() {
        int glitches = device.glitches();
        if (glitches != glitchesSeen) {
            glitchesSeen = glitches;
            glitchReadsLeft = device.glitchReads();
        }
        if (glitchReadsLeft > 0) {
            glitchReadsLeft--;
            return true;
        }
        return false;
    }

    /** The input or output was closed. Idempotent. */
    public void release() {
        if (released.compareAndSet(false, true)) {
            device.released();
        }
    }
}
