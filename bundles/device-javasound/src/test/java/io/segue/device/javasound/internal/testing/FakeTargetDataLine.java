package io.segue.device.javasound.internal.testing;

import io.segue.device.javasound.internal.convert.PcmCodec;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * A capture line that delivers a sine (the same in every channel) encoded in the format it was opened with.
 * How it fails is set by its {@link FakeMixer}: after {@code unplugAfterBytes} bytes it delivers nothing more and
 * closes itself, like a device pulled out; with a {@code readFailure} every read throws it; after
 * {@code stallAfterBytes} it stays open but delivers nothing, either returning 0 from every read or, like Java
 * Sound's own read on a device that sends nothing, blocking until the line is stopped, flushed or closed. A gap
 * is a number of empty reads after which it delivers again.
 */
public final class FakeTargetDataLine extends FakeDataLine implements TargetDataLine {

    private final double frequencyHz;
    private final double amplitude;
    long unplugAfterBytes = Long.MAX_VALUE;
    RuntimeException readFailure;
    long stallAfterBytes = Long.MAX_VALUE;
    FakeMixer.Stall stall = FakeMixer.Stall.RETURN_ZERO;
    int gapReads = Integer.MAX_VALUE;
    private long frame;
    private long delivered;
    private float[] samples = new float[0];
    private PcmCodec codec;
    private volatile int emptyReads;
    private volatile boolean blockedInRead;

    public FakeTargetDataLine(Line.Info info, LineUnavailableException refusal, double frequencyHz,
            double amplitude) {
        super(info, refusal);
        this.frequencyHz = frequencyHz;
        this.amplitude = amplitude;
    }

    @Override
    public void open(AudioFormat format, int bufferSize) throws LineUnavailableException {
        super.open(format, bufferSize);
        codec = codecOf(format);
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (readFailure != null) {
            throw readFailure;
        }
        if (!open || !running) {
            return 0;
        }
        if (delivered >= stallAfterBytes && emptyReads < gapReads) {
            emptyReads++;
            if (stall == FakeMixer.Stall.BLOCK) {
                blockUntilStopped();
            }
            return 0;
        }
        int frameSize = format.getFrameSize();
        long allowed = Math.min(len, unplugAfterBytes - delivered);
        int frames = (int) Math.max(0, allowed / frameSize);
        int channels = format.getChannels();
        if (samples.length < frames * channels) {
            samples = new float[frames * channels];
        }
        for (int f = 0; f < frames; f++, frame++) {
            float x = (float) (amplitude * Math.sin(2 * Math.PI * frequencyHz * frame / format.getSampleRate()));
            for (int c = 0; c < channels; c++) {
                samples[f * channels + c] = x;
            }
        }
        codec.encode(samples, 0, b, off, frames * channels);
        delivered += (long) frames * frameSize;
        if (frames * frameSize < len) {
            close();
        }
        return frames * frameSize;
    }

    private synchronized void blockUntilStopped() {
        blockedInRead = true;
        try {
            while (open && running) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            blockedInRead = false;
        }
    }

    /** Whether a read is blocked waiting for data that does not come. */
    public boolean blockedInRead() {
        return blockedInRead;
    }

    /** Reads that returned no data so far. */
    public int emptyReads() {
        return emptyReads;
    }

    @Override
    public synchronized void stop() {
        super.stop();
        notifyAll();
    }

    @Override
    public synchronized void close() {
        super.close();
        notifyAll();
    }

    static PcmCodec codecOf(AudioFormat format) {
        return format.getEncoding().equals(AudioFormat.Encoding.PCM_FLOAT) ? PcmCodec.float32(format.isBigEndian())
                : PcmCodec.integer(format.getSampleSizeInBits(),
                        format.getEncoding().equals(AudioFormat.Encoding.PCM_SIGNED), format.isBigEndian());
    }
}
