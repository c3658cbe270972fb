package io.segue.device.javasound.internal.line;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.device.javasound.internal.convert.ChannelMixer;
import io.segue.device.javasound.internal.convert.LinearResampler;
import io.segue.device.javasound.internal.convert.PcmCodec;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * Capture from an open, started {@link TargetDataLine}: bytes are read in blocks of at most {@code blockFrames}
 * line frames, decoded to floats, downmixed to the stream's channels and resampled to its rate when the line runs
 * at another. All buffers are allocated here, once; {@link #read} allocates nothing.
 *
 * <p>A line that stops delivering while this input is open makes {@link #read} throw an {@link IOException} naming
 * the device: at once when the sound system closed the line or the driver threw, and after {@code stallMillis}
 * when the line stays open but its reads come back empty (a stopped or hung device; empty reads are retried with a
 * short pause, not spun on). A gap shorter than that is waited out. After {@link #close()} {@code read} returns
 * -1; closing stops, flushes and closes the line, which makes a read blocked inside Java Sound return.
 *
 * <p>A read that blocks inside Java Sound and never returns (a driver that neither delivers nor fails) is not
 * timed here: that would take a thread per line. The stream's stall detection ends it by closing the input.
 */
public final class LineInput implements AudioInput {

    /** The pause after an empty read before the next: short next to a block, long enough not to spin. */
    static final long EMPTY_READ_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final TargetDataLine line;
    private final String device;
    private final AudioFormat format;
    private final PcmCodec codec;
    private final ChannelMixer mixer;
    private final LinearResampler resampler;
    private final int lineFrameBytes;
    private final int blockFrames;
    private final int stallMillis;
    private final double latencyMillis;
    private final byte[] bytes;
    private final float[] decoded;
    private final float[] mixed;
    private final float[] resampled;
    private float[] pending;
    private int pendingFrom;
    private int pendingTo;
    private final AtomicBoolean closed = new AtomicBoolean();

    LineInput(TargetDataLine line, Negotiated negotiated, String device, int blockFrames, int stallMillis) {
        this.line = Objects.requireNonNull(line, "line");
        this.device = Objects.requireNonNull(device, "device");
        this.format = negotiated.stream();
        this.codec = negotiated.codec();
        this.mixer = new ChannelMixer(negotiated.lineChannels(), format.channels());
        this.resampler = negotiated.resamples()
                ? new LinearResampler(format.channels(), negotiated.lineRateHz(), format.sampleRateHz())
                : null;
        this.lineFrameBytes = negotiated.lineFormat().getFrameSize();
        this.blockFrames = blockFrames;
        this.stallMillis = stallMillis;
        this.latencyMillis = negotiated.lineMillis(line.getBufferSize());
        this.bytes = new byte[blockFrames * lineFrameBytes];
        this.decoded = new float[blockFrames * negotiated.lineChannels()];
        this.mixed = new float[blockFrames * format.channels()];
        this.resampled = resampler == null ? mixed
                : new float[resampler.maxOutputFrames(blockFrames) * format.channels()];
        this.pending = mixed;
    }

    /**
     * Opens and starts a capture line on {@code mixer} in the negotiated format.
     *
     * @param device      how messages name the device (its id and name)
     * @param bufferBytes the line's buffer size in bytes
     * @param blockFrames the most line frames read at once
     * @param stallMillis how long the open line may deliver nothing before {@link #read} reports it stopped
     * @throws IOException when Java Sound refuses the line (busy, gone, format refused); the message names the device
     */
    public static LineInput open(Mixer mixer, Negotiated negotiated, String device, int bufferBytes, int blockFrames,
            int stallMillis) throws IOException {
        javax.sound.sampled.AudioFormat lineFormat = negotiated.lineFormat();
        TargetDataLine line = null;
        try {
            line = (TargetDataLine) mixer.getLine(new DataLine.Info(TargetDataLine.class, lineFormat));
            line.open(lineFormat, bufferBytes);
            line.start();
            return new LineInput(line, negotiated, device, blockFrames, stallMillis);
        } catch (LineUnavailableException | RuntimeException e) {
            if (line != null) {
                line.close();
            }
            throw new IOException("Java Sound device " + device + " cannot be opened for capture at " + lineFormat
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
    public int read(float[] buffer, int frames) throws IOException {
        int channels = format.channels();
        if (frames <= 0) {
            throw new IllegalArgumentException("frames must be positive, was " + frames);
        }
        if ((long) frames * channels > buffer.length) {
            throw new IllegalArgumentException("buffer holds " + buffer.length + " samples, " + frames + " frames of "
                    + channels + " channels need " + (long) frames * channels);
        }
        int done = 0;
        while (done < frames) {
            if (closed.get()) {
                return -1;
            }
            if (pendingFrom == pendingTo && !fill(frames - done)) {
                return -1;
            }
            int n = Math.min(pendingTo - pendingFrom, frames - done);
            System.arraycopy(pending, pendingFrom * channels, buffer, done * channels, n * channels);
            pendingFrom += n;
            done += n;
        }
        return frames;
    }

    /** Reads one block from the line and converts it into {@link #pending}; false when closed meanwhile. */
    private boolean fill(int framesWanted) throws IOException {
        long lineFramesWanted = resampler == null ? framesWanted
                : ((long) framesWanted * resampler.inRateHz() + resampler.outRateHz() - 1) / resampler.outRateHz();
        int lineFrames = (int) Math.max(1, Math.min(blockFrames, lineFramesWanted));
        int wanted = lineFrames * lineFrameBytes;
        int got = 0;
        long lastDataNanos = System.nanoTime();
        while (got < wanted) {
            int n;
            try {
                n = line.read(bytes, got, wanted - got);
            } catch (RuntimeException e) {
                if (closed.get()) {
                    return false;
                }
                throw new IOException("Java Sound device " + device + " failed while capturing: " + e, e);
            }
            if (closed.get()) {
                return false;
            }
            if (n > 0) {
                got += n;
                lastDataNanos = System.nanoTime();
                continue;
            }
            if (!line.isOpen()) {
                throw new IOException("Java Sound device " + device + " stopped delivering audio (" + got + " of "
                        + wanted + " bytes; the sound system closed the line): was it unplugged?");
            }
            if (System.nanoTime() - lastDataNanos >= TimeUnit.MILLISECONDS.toNanos(stallMillis)) {
                throw new IOException("Java Sound device " + device + " stopped delivering audio (" + stallMillis
                        + " ms without data): was it unplugged?");
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("interrupted while waiting for audio from Java Sound device "
                        + device);
            }
            LockSupport.parkNanos(EMPTY_READ_PAUSE_NANOS);
        }
        codec.decode(bytes, 0, decoded, 0, lineFrames * mixer.inChannels());
        mixer.mix(decoded, 0, mixed, lineFrames);
        if (resampler == null) {
            pendingTo = lineFrames;
        } else {
            pendingTo = resampler.process(mixed, lineFrames, resampled);
        }
        pending = resampled;
        pendingFrom = 0;
        return true;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            Lines.release(line);
        }
    }
}
