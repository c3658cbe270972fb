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

    /** Releases the device after playing what was written. Idempotent; never throws. */
    @Override
    void close();
}
