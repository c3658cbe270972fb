package io.segue.api.audio;

import java.io.IOException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An open capture device (or decoded file) delivering interleaved float samples.
 *
 * <p>Threading: {@link #read} is called by one thread at a time (the stream's device thread);
 * {@link #close()} may be called from any thread and makes a blocked {@code read} return promptly.
 *
 * <p>Obtained from {@link AudioDeviceProvider#openInput} or {@link AudioFileDecoder#open}; the caller owns it and
 * must close it.
 */
@ConsumerType
public interface AudioInput extends AutoCloseable {

    /** The format of the samples {@link #read} delivers; fixed for the life of the input. */
    AudioFormat format();

    /**
     * Reads up to {@code frames} frames into {@code buffer}, interleaved, starting at index 0. Blocks until all
     * {@code frames} frames are available (a real-time source paces itself), or the source ends.
     *
     * <p>Must not allocate in the steady state: the device thread calls it once per chunk.
     *
     * @param buffer receives {@code frames * format().channels()} samples; owned by the caller
     * @param frames how many frames to read, positive
     * @return the number of frames read, which is less than {@code frames} only at the end of the source, or
     *         {@code -1} once the source has ended or the input was closed
     * @throws IOException when the device fails or disappears, or the data is corrupt; the message says which
     */
    int read(float[] buffer, int frames) throws IOException;

    /**
     * Total length in frames when the source is finite and its length is known (a file), otherwise {@code -1}.
     */
    default long lengthFrames() {
        return -1;
    }

    /**
     * The latency of the device as opened: how much audio its buffer holds between the hardware and
     * {@link #read}, in milliseconds; {@code NaN} when it does not say (a file).
     */
    default double latencyMillis() {
        return Double.NaN;
    }

    /** Releases the device. Idempotent; never throws. */
    @Override
    void close();
}
