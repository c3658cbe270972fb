package io.segue.device.mock.internal.input;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.device.mock.internal.clock.Sleeper;
import java.io.IOException;
import java.util.Objects;

/**
 * Delivers another input's frames no faster than a sound card would capture them: a read returns when the
 * wall-clock time of its last frame has come, counted from the first read. Deadlines are computed from the start
 * and the frames delivered so far, never by adding up waits, so the pace does not drift. A reader that falls
 * behind gets the frames it is late for at once, like reading a full device buffer.
 *
 * <p>Unpaced ({@code realtime} false), reads return as soon as the source delivers, apart from injected delays.
 *
 * <p>Injected delays ({@link #delayNextRead}): a <em>stall</em> holds the next read back and moves the schedule
 * with it, as a driver that stopped delivering for a while and then goes on (the time is not made up with a burst
 * of reads); <em>jitter</em> releases the next read late without moving the schedule, so the mean rate is kept.
 *
 * <p>{@link #close()} from another thread wakes a waiting read, which then returns -1.
 */
public final class PacedInput implements AudioInput {

    private final AudioInput source;
    private final boolean realtime;
    private final Sleeper sleeper = new Sleeper();
    private long startNanos;
    private boolean started;
    private long framesDelivered;
    private long stallNanos;
    private long jitterNanos;
    private volatile double blockMillis = Double.NaN;

    /** Paced to real time. */
    public PacedInput(AudioInput source) {
        this(source, true);
    }

    public PacedInput(AudioInput source, boolean realtime) {
        this.source = Objects.requireNonNull(source, "source");
        this.realtime = realtime;
    }

    @Override
    public AudioFormat format() {
        return source.format();
    }

    @Override
    public long lengthFrames() {
        return source.lengthFrames();
    }

    /**
     * Paced: the duration of the last read's frames, the block the device hands over at once (NaN before the
     * first read). Unpaced: what the source says.
     */
    @Override
    public double latencyMillis() {
        return realtime ? blockMillis : source.latencyMillis();
    }

    /**
     * Holds the next read back: by {@code stallNanos} beyond its deadline, moving the schedule of every later read
     * by as much; and by {@code jitterNanos} beyond its deadline, moving nothing. Called by the reading thread
     * before {@link #read}.
     */
    public void delayNextRead(long stallNanos, long jitterNanos) {
        this.stallNanos = stallNanos;
        this.jitterNanos = jitterNanos;
    }

    @Override
    public int read(float[] buffer, int frames) throws IOException {
        if (sleeper.isClosed()) {
            return -1;
        }
        if (!started) {
            startNanos = System.nanoTime();
            started = true;
        }
        int n = source.read(buffer, frames);
        if (n <= 0) {
            return sleeper.isClosed() ? -1 : n;
        }
        framesDelivered += n;
        return sleeper.sleepUntil(deadline(n)) ? n : -1;
    }

    private long deadline(int frames) {
        long stall = stallNanos;
        long jitter = jitterNanos;
        stallNanos = 0;
        jitterNanos = 0;
        long now = System.nanoTime();
        if (!realtime) {
            return now + stall + jitter;
        }
        blockMillis = source.format().nanosOf(frames) / 1e6;
        long scheduled = startNanos + source.format().nanosOf(framesDelivered);
        if (stall > 0) {
            // the device delivers again from the end of the stall: later reads are paced from there
            scheduled = Math.max(scheduled, now) + stall;
            startNanos = scheduled - source.format().nanosOf(framesDelivered);
        }
        return scheduled + jitter;
    }

    @Override
    public void close() {
        sleeper.close();
        source.close();
    }
}
