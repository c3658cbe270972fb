package io.segue.api.stream;

import io.segue.api.audio.AudioFormat;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives every chunk of the input stream as it arrives. Register as an OSGi service (whiteboard); listeners may
 * come and go while the stream runs.
 *
 * <p>Threading: called on the stream's analysis thread, never the device thread, one chunk at a time and in
 * order. A listener that takes longer than a chunk's duration makes the stream drop chunks (counted in
 * {@link StreamMetrics#chunksDropped()}); it never stalls the device.
 *
 * <p>After the listener's service goes away, at most one more call may arrive (the chunk in flight).
 *
 * <p>Buffer ownership: {@code samples} is valid only during the call and must not be modified; copy what you keep.
 */
@ConsumerType
public interface AudioChunkListener {

    /**
     * @param sequence     the chunk's number since the stream started; a gap means chunks were dropped before
     *                     this listener could see them
     * @param captureNanos {@link System#nanoTime()} when the device delivered the chunk
     * @param format       mono, at the stream's sample rate
     * @param samples      the chunk's samples, {@code frames} of them from index 0
     * @param frames       the number of valid samples
     */
    void onChunk(long sequence, long captureNanos, AudioFormat format, float[] samples, int frames);

    /** The stream (re)started: the next chunk begins a new signal and any state built from earlier chunks is stale. */
    default void streamStarted(AudioFormat format) {
    }
}
