package io.segue.api.audio;

import java.io.IOException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An open playback device accepting interleaved float samples.
 *
 * <p>Threading: {@link #write} is called by one thread at a time; {@link #close()} may be called from any thread.
 */
@ConsumerType
public interface AudioOutput extends AutoCloseable {

    /** The format {@link #write} expects; fixed for the life of the output. */
    AudioFormat format();

    /**
     * Plays {@code frames} frames from {@code buffer} (interleaved, from index 0). Blocks while the device's own
     * buffer is full. The buffer may be reused by the caller once this returns.
     *
     * @throws IOException when the device fails or disappears
     */
    void write(float[] buffer, int frames) throws IOException;

    /**
     * The latency of the device as opened: how much audio its buffer holds between {@link #write} and the
     * hardware, in milliseconds; {@code NaN} when it does not say.
     */
    default double latencyMillis() {
        return Double.NaN;
    }

    /**
     * Times the device ran out of audio because {@link #write} came too late, and played silence instead;
     * {@code 0} when the device cannot tell.
     */
    default long underflows() {
        return 0;
    }

    /**
     * Releases the device, playing what was written when it can do so within a bounded time (a vanished device
     * is closed at once). Idempotent; never throws.
     */
    @Override
    void close();
}
