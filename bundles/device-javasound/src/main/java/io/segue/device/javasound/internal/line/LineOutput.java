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
 */
public final class LineOutput implements AudioOutput {

    private final SourceDataLine line;
    private final String device;
    private final AudioFormat format;
    private final PcmCodec codec;
    private final ChannelMixer mixer;
    private final LinearResampler resampler;
    private final int lineChannels;
    private final int lineFrameBytes;
    private final int blockFrames;
    private final float[] mixed;
    private final float[] resampled;
    private final byte[] bytes;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long clippedSamples;

    LineOutput(SourceDataLine line, Negotiated negotiated, String device, int blockFrames) {
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
            return new LineOutput(line, negotiated, device, blockFrames);
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

    private void writeFully(int length) throws IOException {
        if (closed.get()) {
            throw new IOException("Java Sound device " + device + ": output is closed");
        }
        int written;
        try {
            written = line.write(bytes, 0, length);
        } catch (RuntimeException e) {
            throw new IOException("Java Sound device " + device + " failed while playing: " + e, e);
        }
        if (written < length && !closed.get()) {
            throw new IOException("Java Sound device " + device + " stopped accepting audio (" + written + " of "
                    + length + " bytes" + (line.isOpen() ? ")" : "; the sound system closed the line")
                    + "): was it unplugged?");
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                line.drain();
                line.stop();
            } finally {
                line.close();
            }
        }
    }
}
