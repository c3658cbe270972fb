package io.segue.device.javasound.internal.testing;

import java.util.function.IntUnaryOperator;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;

/**
 * The state every fake data line shares: format, open/started flags, an optional refusal to open, and the buffer
 * it grants, which like a real driver's may differ from the one asked for.
 */
abstract class FakeDataLine extends FakeLineBase implements DataLine {

    private final Line.Info info;
    private final LineUnavailableException refusal;
    AudioFormat format;
    int bufferSize;
    int requestedBufferSize;
    IntUnaryOperator grantBuffer = IntUnaryOperator.identity();
    volatile boolean open;
    volatile boolean running;
    volatile boolean everClosed;

    FakeDataLine(Line.Info info, LineUnavailableException refusal) {
        this.info = info;
        this.refusal = refusal;
    }

    /** Opens in {@code format}, or throws the refusal this line was made with. */
    public void open(AudioFormat format, int bufferSize) throws LineUnavailableException {
        if (refusal != null) {
            throw refusal;
        }
        this.format = format;
        this.requestedBufferSize = bufferSize;
        this.bufferSize = grantBuffer.applyAsInt(bufferSize);
        open = true;
    }

    public void open(AudioFormat format) throws LineUnavailableException {
        open(format, 4096);
    }

    @Override
    public void open() throws LineUnavailableException {
        throw new UnsupportedOperationException("open with a format");
    }

    /** The buffer size {@code open} was asked for; {@link #getBufferSize()} is the one granted. */
    public int requestedBufferSize() {
        return requestedBufferSize;
    }

    public boolean wasClosed() {
        return everClosed;
    }

    @Override
    public Line.Info getLineInfo() {
        return info;
    }

    @Override
    public void close() {
        open = false;
        running = false;
        everClosed = true;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void drain() {
    }

    @Override
    public void flush() {
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isActive() {
        return running;
    }

    @Override
    public AudioFormat getFormat() {
        return format;
    }

    @Override
    public int getBufferSize() {
        return bufferSize;
    }

    @Override
    public int available() {
        return 0;
    }

    @Override
    public int getFramePosition() {
        return 0;
    }

    @Override
    public long getLongFramePosition() {
        return 0;
    }

    @Override
    public long getMicrosecondPosition() {
        return 0;
    }

    @Override
    public float getLevel() {
        return AudioSystem.NOT_SPECIFIED;
    }

}
