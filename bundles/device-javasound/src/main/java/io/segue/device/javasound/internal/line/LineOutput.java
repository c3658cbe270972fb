package io.segue.device.javasound.internal.line;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioOutput;
import io.segue.device.javasound.internal.convert.ChannelMixer;
import io.segue.device.javasound.internal.convert.LinearResampler;
import io.segue.device.javasound.internal.convert.PcmCodec;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;

/**
 * Playback on an open, started {@link SourceDataLine}: float frames in the stream's format are mixed to the line's
 * channels, resampled to its rate when it runs at another, encoded with rounding and clipping (counted in
 * {@link #clippedSamples()}) and written in blocks of at most {@code blockFrames} stream frames. {@link #write}
 * allocates nothing.
 *
 * <p>{@link #close()} plays out what was written for at most the duration of the line's buffer plus
 * {@value #DRAIN_GRACE_MILLIS} ms, then stops, flushes and closes the line: the drain runs on a short-lived thread
 * of its own, because {@code SourceDataLine.drain()} on a device that vanished may never return.
 *
 * <p>{@link #underflows()}: Java Sound does not report underruns, but a line whose whole buffer is free when a
 * {@link #write} begins has played everything it had and gone on with silence (Java Sound's ALSA backend also
 * reports the whole buffer free after an underrun). One count per {@code write} that finds it so, the first
 * excepted.
 */
public final class LineOutput implements AudioOutput {

    /** How much longer than its buffer's duration a close waits for the line to play out. */
    static final long DRAIN_GRACE_MILLIS = 200;

    private final SourceDataLine line;
    private final String device;
    private final AudioFormat format;
    private final PcmCodec codec;
    private final ChannelMixer mixer;
    private final LinearResampler resampler;
    private final int lineChannels;
    private final int lineFrameBytes;
    private final int blockFrames;
    private final int lineBufferBytes;
    private final double latencyMillis;
    private final long drainBoundMillis;
    private final float[] mixed;
    private final float[] resampled;
    private final byte[] bytes;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean written;
    private volatile long clippedSamples;
    private volatile long underflows;

    /** @param requestedBufferBytes the buffer asked for, which bounds the drain when the line does not say its own */
    LineOutput(SourceDataLine line, Negotiated negotiated, String device, int requestedBufferBytes, int blockFrames) {
        this.line = Objects.requireNonNull(line, "line");
        this.device = Objects.requireNonNull(device, "device");
        this.format = negotiated.stream();
        this.codec = negotiated.codec();
        this.lineChannels = negotiated.lineChannels();
        this.mixer = new ChannelMixer(format.channels(), lineChannels);
        this.resampler = negotiated.resamples()
                ? new LinearResampler(lineChannels, format.sampleRateHz(), negotiated.lineRateHz())
                : null;
        this.lineFrameBytes = negotiated.lineFormat().getFrameSize();
        this.blockFrames = blockFrames;
        this.lineBufferBytes = line.getBufferSize();
        this.latencyMillis = negotiated.lineMillis(lineBufferBytes);
        double bufferMillis = Double.isNaN(latencyMillis) ? negotiated.lineMillis(requestedBufferBytes) : latencyMillis;
        this.drainBoundMillis = (Double.isNaN(bufferMillis) ? 0 : (long) Math.ceil(bufferMillis)) + DRAIN_GRACE_MILLIS;
        this.mixed = new float[blockFrames * lineChannels];
        int maxLineFrames = resampler == null ? blockFrames : resampler.maxOutputFrames(blockFrames);
        this.resampled = resampler == null ? mixed : new float[maxLineFrames * lineChannels];
        this.bytes = new byte[maxLineFrames * lineFrameBytes];
    }

    /**
     * Opens and starts a playback line on {@code mixer} in the negotiated format.
     *
     * @throws IOException when Java Sound refuses the line; the message names the device
     */
    public static LineOutput open(Mixer mixer, Negotiated negotiated, String device, int bufferBytes, int blockFrames)
            throws IOException {
        javax.sound.sampled.AudioFormat lineFormat = negotiated.lineFormat();
        SourceDataLine line = null;
        try {
            line = (SourceDataLine) mixer.getLine(new DataLine.Info(SourceDataLine.class, lineFormat));
            line.open(lineFormat, bufferBytes);
            line.start();
            return new LineOutput(line, negotiated, device, bufferBytes, blockFrames);
        } catch (LineUnavailableException | RuntimeException e) {
            if (line != null) {
                line.close();
            }
            throw new IOException("Java Sound device " + device + " cannot be opened for playback at " + lineFormat
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public AudioFormat format() {
        return format;
    }

    /**
     * The duration of the buffer the line was granted ({@code getBufferSize()} after opening, which may differ from
     * the one asked for); {@code NaN} when the line does not say.
     */
    @Override
    public double latencyMillis() {
        return latencyMillis;
    }

    @Override
    public long underflows() {
        return underflows;
    }

    /** How long {@link #close()} waits at most for the line to play out what was written. */
    long drainBoundMillis() {
        return drainBoundMillis;
    }

    /** Samples clipped to full scale so far. */
    public long clippedSamples() {
        return clippedSamples;
    }

    @Override
    public void write(float[] buffer, int frames) throws IOException {
        int channels = format.channels();
        if (frames < 0 || (long) frames * channels > buffer.length) {
            throw new IllegalArgumentException("cannot write " + frames + " frames of " + channels
                    + " channels from a buffer of " + buffer.length + " samples");
        }
        countUnderflow();
        for (int from = 0; from < frames; from += blockFrames) {
            int n = Math.min(blockFrames, frames - from);
            float[] block = buffer;
            if (channels != lineChannels || from != 0) {
                // the resampler and the encoder read from index 0
                mixer.mix(buffer, from * channels, mixed, n);
                block = mixed;
            }
            int lineFrames = n;
            float[] lineSamples = block;
            if (resampler != null) {
                lineFrames = resampler.process(block, n, resampled);
                lineSamples = resampled;
            }
            int clipped = codec.encode(lineSamples, 0, bytes, 0, lineFrames * lineChannels);
            if (clipped > 0) {
                clippedSamples += clipped;
            }
            writeFully(lineFrames * lineFrameBytes);
        }
    }

    private void countUnderflow() throws IOException {
        if (!written || lineBufferBytes <= 0 || closed.get()) {
            return;
        }
        int free;
        try {
            free = line.available();
        } catch (RuntimeException e) {
            throw new IOException("Java Sound device " + device + " failed while playing: " + e, e);
        }
        if (free >= lineBufferBytes) {
            underflows++;
        }
    }

    private void writeFully(int length) throws IOException {
        if (closed.get()) {
            throw new IOException("Java Sound device " + device + ": output is closed");
        }
        written = true;
        int accepted;
        try {
            accepted = line.write(bytes, 0, length);
        } catch (RuntimeException e) {
            throw new IOException("Java Sound device " + device + " failed while playing: " + e, e);
        }
        if (accepted < length && !closed.get()) {
            throw new IOException("Java Sound device " + device + " stopped accepting audio (" + accepted + " of "
                    + length + " bytes" + (line.isOpen() ? ")" : "; the sound system closed the line")
                    + "): was it unplugged?");
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            if (written) {
                drainWithinBound();
            }
            Lines.release(line);
        }
    }

    /**
     * Lets the line play out what it holds, for at most {@link #drainBoundMillis}. A drain still running then is
     * ended by the stop and close that follow (Java Sound's own drain returns once the line stops); the thread is
     * interrupted too, and being a daemon it cannot keep the JVM alive if a driver ignores both.
     */
    private void drainWithinBound() {
        Thread drainer = new Thread(() -> {
            try {
                line.drain();
            } catch (RuntimeException e) {
                // the device is gone: there is nothing left to play, and close() goes on to release the line
            }
        }, "segue-javasound-drain " + device);
        drainer.setDaemon(true);
        drainer.start();
        try {
            drainer.join(drainBoundMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // asked to hurry: skip the rest of the drain
        }
        drainer.interrupt();
    }
}
