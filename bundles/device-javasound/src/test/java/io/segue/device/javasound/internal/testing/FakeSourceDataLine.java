package io.segue.device.javasound.internal.testing;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CountDownLatch;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * A playback line that keeps every byte written to it. Its drain returns at once, or, set by its
 * {@link FakeMixer}, hangs like a driver whose device vanished: until the line is closed or the draining thread
 * interrupted, or, ignoring both, until {@link #releaseDrain()}.
 */
public final class FakeSourceDataLine extends FakeDataLine implements SourceDataLine {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final CountDownLatch drainRelease = new CountDownLatch(1);
    private final CountDownLatch drainEnded = new CountDownLatch(1);
    FakeMixer.Drain drainBehaviour = FakeMixer.Drain.RETURNS;
    private volatile boolean drained;
    private volatile boolean discard;
    private volatile boolean stopped;
    private volatile boolean flushed;
    private volatile boolean dry;

    public FakeSourceDataLine(Line.Info info, LineUnavailableException refusal) {
        super(info, refusal);
    }

    @Override
    public int write(byte[] b, int off, int len) {
        if (!open) {
            return 0;
        }
        if (!discard) {
            written.write(b, off, len);
        }
        dry = false;
        return len;
    }

    @Override
    public void drain() {
        try {
            switch (drainBehaviour) {
                case RETURNS -> drained = true;
                case HANGS_UNTIL_CLOSED -> hangUntilClosed();
                case HANGS -> awaitReleaseIgnoringInterrupts();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            drainEnded.countDown();
        }
    }

    private void awaitReleaseIgnoringInterrupts() {
        boolean interrupted = false;
        while (drainRelease.getCount() > 0) {
            try {
                drainRelease.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void hangUntilClosed() throws InterruptedException {
        while (open) {
            wait();
        }
    }

    @Override
    public synchronized void close() {
        super.close();
        notifyAll();
    }

    @Override
    public void stop() {
        super.stop();
        stopped = true;
    }

    @Override
    public void flush() {
        flushed = true;
    }

    /** Plays out everything written so far: {@link #available()} says the whole buffer is free until a write. */
    public void runDry() {
        dry = true;
    }

    /** The whole buffer after {@link #runDry()}, otherwise none: the writer keeps the buffer full. */
    @Override
    public int available() {
        return dry ? getBufferSize() : 0;
    }

    /** Ends a drain that {@link FakeMixer.Drain#HANGS}. */
    public void releaseDrain() {
        drainRelease.countDown();
    }

    /** Whether a drain was called and has returned. */
    public boolean drainEnded() {
        return drainEnded.getCount() == 0;
    }

    /** From now on, accepts bytes without keeping them (for allocation measurements). */
    public void discardWrites() {
        discard = true;
    }

    public byte[] written() {
        return written.toByteArray();
    }

    /** Whether a drain played everything out. */
    public boolean drained() {
        return drained;
    }

    public boolean stoppedAndFlushed() {
        return stopped && flushed;
    }
}
