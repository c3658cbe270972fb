package io.segue.device.javasound.internal.testing;

import java.io.ByteArrayOutputStream;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** A playback line that keeps every byte written to it. */
public final class FakeSourceDataLine extends FakeDataLine implements SourceDataLine {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private volatile boolean drained;
    private volatile boolean discard;

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
        return len;
    }

    @Override
    public void drain() {
        drained = true;
    }

    /** From now on, accepts bytes without keeping them (for allocation measurements). */
    public void discardWrites() {
        discard = true;
    }

    public byte[] written() {
        return written.toByteArray();
    }

    public boolean drained() {
        return drained;
    }
}
