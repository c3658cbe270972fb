package io.segue.device.javasound.internal.line;

import io.segue.device.javasound.internal.convert.PcmCodec;
import java.util.Objects;
import javax.sound.sampled.AudioFormat;

/**
 * The outcome of a format negotiation.
 *
 * @param lineFormat the concrete format the Java Sound line is opened with
 * @param stream     the format Segue's side sees: what an input delivers or an output accepts
 */
public record Negotiated(AudioFormat lineFormat, io.segue.api.audio.AudioFormat stream) {

    public Negotiated {
        Objects.requireNonNull(lineFormat, "lineFormat");
        Objects.requireNonNull(stream, "stream");
    }

    /** The line's sample rate in whole Hz. */
    public int lineRateHz() {
        return Math.round(lineFormat.getSampleRate());
    }

    public int lineChannels() {
        return lineFormat.getChannels();
    }

    /** Whether the line runs at a different rate from the stream, so samples are resampled. */
    public boolean resamples() {
        return lineRateHz() != stream.sampleRateHz();
    }

    /**
     * How long {@code bytes} bytes of the line's format play, in milliseconds; {@code NaN} when the byte count is
     * not positive (a line that does not say its buffer size reports {@code AudioSystem.NOT_SPECIFIED}).
     */
    public double lineMillis(int bytes) {
        if (bytes <= 0) {
            return Double.NaN;
        }
        return (double) (bytes / lineFormat.getFrameSize()) * 1000 / lineFormat.getSampleRate();
    }

    /** The codec for the line's sample layout. */
    public PcmCodec codec() {
        return lineFormat.getEncoding().equals(AudioFormat.Encoding.PCM_FLOAT)
                ? PcmCodec.float32(lineFormat.isBigEndian())
                : PcmCodec.integer(lineFormat.getSampleSizeInBits(),
                        lineFormat.getEncoding().equals(AudioFormat.Encoding.PCM_SIGNED), lineFormat.isBigEndian());
    }
}
