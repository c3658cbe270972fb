package io.segue.stream.internal.testing;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import java.io.IOException;

/**
 * A sine as fast as it is read, optionally finite or failing after some frames; allocates nothing per read.
 * Test double for a device (the product's generated devices live in device-mock).
 */
public final class SineInput implements AudioInput {

    private final AudioFormat format;
    private final double frequencyHz;
    private final long lengthFrames;
    private final long failAfterFrames;
    private long position;
    private volatile boolean closed;
    private volatile Thread readerThread;

    public SineInput(AudioFormat format, double frequencyHz, long lengthFrames, long failAfterFrames) {
        this.format = format;
        this.frequencyHz = frequencyHz;
        this.lengthFrames = lengthFrames;
        this.failAfterFrames = failAfterFrames;
    }

    public static SineInput endless(int sampleRateHz, double frequencyHz) {
        return new SineInput(AudioFormat.mono(sampleRateHz), frequencyHz, -1, -1);
    }

    @Override
    public AudioFormat format() {
        return format;
    }

    @Override
    public int read(float[] buffer, int frames) throws IOException {
        readerThread = Thread.currentThread();
        if (closed) {
            return -1;
        }
        if (failAfterFrames >= 0 && position >= failAfterFrames) {
            throw new IOException("test device unplugged");
        }
        int n = lengthFrames < 0 ? frames : (int) Math.min(frames, lengthFrames - position);
        if (n <= 0) {
            return -1;
        }
        int channels = format.channels();
        for (int f = 0; f < n; f++) {
            float s = (float) (0.5 * Math.sin(2 * Math.PI * frequencyHz * (position + f) / format.sampleRateHz()));
            for (int c = 0; c < channels; c++) {
                buffer[f * channels + c] = s;
            }
        }
        position += n;
        return n;
    }

    @Override
    public long lengthFrames() {
        return lengthFrames;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** The thread that last read, for allocation measurements. */
    public Thread readerThread() {
        return readerThread;
    }
}
