package io.segue.device.mock.internal.output;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioOutput;
import io.segue.device.mock.internal.clock.Sleeper;
import io.segue.device.mock.internal.fault.OpenFaults;
import io.segue.device.mock.internal.wav.WavWriter;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A playback device that records what it plays into a WAV file ({@link WavWriter}: 16-bit PCM), paced like a
 * sound card.
 *
 * <p>The device holds a buffer of {@code bufferFrames}. It starts playing when the buffer is full for the first
 * time, and from then on consumes frames at the sample rate by the wall clock. {@link #write} blocks while the
 * buffer is full. When a write comes too late and the buffer ran empty, the device has played silence for the
 * gap: the silence goes into the file and {@link #underflows()} counts one, as a real card's xrun would. The
 * samples go to the file as they are written; the buffer is a matter of timing only, so {@link #close()} loses
 * nothing and returns at once.
 *
 * <p>Unpaced ({@code realtime} false), writes go to the file at once and never underflow.
 *
 * <p>Faults ({@link OpenFaults}): a disconnect or unplug fails the next write; a stall blocks the next write and
 * stops the device's clock for as long (it plays nothing, so the stall causes no underflow); jitter releases each
 * write up to its bound late, which underflows when it outlasts the buffer.
 *
 * <p>Threading: one writer thread; {@link #close()} from any thread wakes a blocked write, which returns.
 */
public final class WavFileOutput implements AudioOutput {

    private final WavWriter writer;
    private final AudioFormat format;
    private final OpenFaults faults;
    private final boolean realtime;
    private final int bufferFrames;
    private final double latencyMillis;
    private final Sleeper sleeper = new Sleeper();
    /** Guards the file between the writer and close(). */
    private final ReentrantLock fileLock = new ReentrantLock();
    private final AtomicBoolean closed = new AtomicBoolean();

    private boolean playing;
    /** When frame 0 played: the device has played {@code framesAt(now - startNanos)} frames. */
    private long startNanos;
    /** Frames in the file: written plus silence played for underflows. */
    private long queued;
    /** Frames the writer gave. */
    private long written;
    private volatile long underflows;

    /**
     * @param bufferFrames frames the device buffers, positive; its duration is the latency
     */
    public WavFileOutput(WavWriter writer, AudioFormat format, OpenFaults faults, boolean realtime, int bufferFrames) {
        if (bufferFrames <= 0) {
            throw new IllegalArgumentException("bufferFrames must be positive, was " + bufferFrames);
        }
        this.writer = writer;
        this.format = format;
        this.faults = faults;
        this.realtime = realtime;
        this.bufferFrames = bufferFrames;
        this.latencyMillis = realtime ? format.nanosOf(bufferFrames) / 1e6 : 0;
    }

    @Override
    public AudioFormat format() {
        return format;
    }

    /** The duration of the device buffer (0 unpaced). */
    @Override
    public double latencyMillis() {
        return latencyMillis;
    }

    @Override
    public long underflows() {
        return underflows;
    }

    /**
     * Blocks while the device buffer is full; returns without writing once closed.
     *
     * @throws IOException when the device was disconnected or unplugged (also while this write waited), or the file
     *                     cannot be written
     */
    @Override
    public void write(float[] buffer, int frames) throws IOException {
        if (frames < 0) {
            throw new IllegalArgumentException("frames must not be negative, was " + frames);
        }
        if ((long) frames * format.channels() > buffer.length) {
            throw new IllegalArgumentException("buffer holds " + buffer.length + " samples, " + frames + " frames of "
                    + format.channels() + " channels need " + (long) frames * format.channels());
        }
        if (closed.get()) {
            return;
        }
        faults.checkConnected(written);
        long stallNanos = faults.takeStallNanos(written);
        long jitterNanos = faults.jitterNanos();
        if (stallNanos > 0 && !stall(stallNanos)) {
            return;
        }
        int todo = (int) Math.min(frames, faults.framesBeforeDisconnect(written));
        for (int done = 0; done < todo; ) {
            faults.checkNotDisconnected();
            long now = System.nanoTime();
            long room = realtime ? room(now) : todo - done;
            if (room <= 0) {
                // wait until the device has played enough for the rest of this write, or a full buffer of it
                long until = queued - bufferFrames + Math.min(todo - done, bufferFrames);
                if (!sleeper.sleepUntil(startNanos + format.nanosOf(until))) {
                    return;
                }
                continue;
            }
            int n = (int) Math.min(room, todo - done);
            if (!toFile(buffer, done, n, 0)) {
                return;
            }
            queued += n;
            written += n;
            done += n;
            if (realtime && !playing && queued >= bufferFrames) {
                playing = true;
                startNanos = now;
            }
        }
        if (todo < frames) {
            faults.checkConnected(written); // throws: the option disconnectAfter is reached
        }
        if (jitterNanos > 0) {
            sleeper.sleepUntil(System.nanoTime() + jitterNanos);
        }
    }

    /** Frames that fit in the buffer now; plays silence into the file first when the buffer ran empty. */
    private long room(long now) throws IOException {
        if (!playing) {
            return bufferFrames - queued;
        }
        long played = framesAt(now - startNanos);
        if (played > queued) {
            if (!toFile(null, 0, 0, played - queued)) {
                return 0;
            }
            queued = played;
            underflows++; // one writer thread: a plain increment of the volatile is safe
        }
        return bufferFrames - (queued - played);
    }

    /** Holds the device for {@code nanos}: it plays nothing meanwhile. False when closed first. */
    private boolean stall(long nanos) {
        long from = System.nanoTime();
        boolean slept = sleeper.sleepUntil(from + nanos);
        startNanos += System.nanoTime() - from;
        return slept;
    }

    private long framesAt(long nanos) {
        return (long) ((double) nanos * format.sampleRateHz() / 1e9);
    }

    /** Appends samples, then silence; false when closed (close() owns the file then). */
    private boolean toFile(float[] buffer, int fromFrame, int frames, long silentFrames) throws IOException {
        fileLock.lock();
        try {
            if (closed.get()) {
                return false;
            }
            if (frames > 0) {
                writer.write(buffer, fromFrame, frames);
            }
            if (silentFrames > 0) {
                writer.writeSilence(silentFrames);
            }
            return true;
        } finally {
            fileLock.unlock();
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        sleeper.close();
        fileLock.lock();
        try {
            writer.close();
        } catch (IOException e) {
            // the file stays readable: until patched, its header says the data runs to the end of the file
        } finally {
            fileLock.unlock();
            faults.release();
        }
    }
}
