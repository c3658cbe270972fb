package io.segue.api.stream;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs the live input stream: opens a device, reads it on a dedicated device thread in chunks (by default 1024
 * frames at 22050 Hz), downmixes to mono, and moves the chunks through a bounded queue to the analysis thread,
 * which hands them to every {@link AudioChunkListener}.
 *
 * <p>The device thread never blocks on a consumer and never allocates in the steady state: when the queue is full
 * the oldest chunk is overwritten and counted as dropped.
 *
 * <p>When the device fails, vanishes or stalls, the stream goes RECOVERING: it retries with backoff, reopens the
 * same device (by id, then by name) when it comes back, or moves to the configured fallback device after a
 * configured time, and returns to the device it was started on when that one returns. The chunks the device would
 * have carried meanwhile are counted as lost and skipped in the sequence numbers, so stream time stays true.
 *
 * <p>It also runs one output stream, with its own bounded queue, that plays chunks to an output device.
 *
 * <p>Clients use this service; they do not open devices for the live stream themselves.
 *
 * <p>Threading: all methods may be called from any thread.
 */
@ProviderType
public interface AudioStreamManager {

    /**
     * Starts the stream on the configured device, or on the configured fallback device when that one is missing or
     * cannot be opened (the status message then says so). Returns once a device is open and the stream is RUNNING.
     *
     * @throws IllegalStateException when the stream is already active
     * @throws IOException           when the device cannot be opened; the stream is then FAILED
     */
    StreamStatus start() throws IOException;

    /**
     * Starts the stream on {@code deviceId}.
     *
     * @throws IllegalArgumentException when no present device has that id
     * @throws IllegalStateException    when the stream is already active
     * @throws IOException              when the device cannot be opened; the stream is then FAILED
     */
    StreamStatus start(String deviceId) throws IOException;

    /** Stops the stream and closes the device; returns once both threads have ended. Idempotent. */
    StreamStatus stop();

    /** The input stream's state, device, format and metrics now. */
    StreamStatus status();

    /**
     * Takes the next chunk not yet taken through this method, waiting up to {@code timeout} for one. Callers of
     * this method share one cursor over the stream's bounded queue: when they fall more than the queue's capacity
     * behind, the oldest chunks are skipped (the sequence numbers show the gap); the analysis thread is not
     * affected.
     *
     * @return a copy owned by the caller, or empty when none arrived in time or the stream is not running
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    Optional<AudioChunk> chunk(Duration timeout) throws InterruptedException;

    // --- the output stream ---------------------------------------------------------------------------------

    /**
     * Starts the output stream on {@code deviceId}: a thread writes queued chunks to the device, and plays silence
     * (counted as an underflow) when the queue runs dry. With {@code monitorInput} it plays the input stream's
     * chunks as they are captured. A failing output recovers like the input (same device, then the fallback output
     * device).
     *
     * @throws IllegalArgumentException when no present device with that id can play
     * @throws IllegalStateException    when the output stream is already active
     * @throws IOException              when the device cannot be opened; the output stream is then FAILED
     */
    StreamStatus startOutput(String deviceId, boolean monitorInput) throws IOException;

    /** Stops the output stream and closes its device. Idempotent. */
    StreamStatus stopOutput();

    /** The output stream's state, device and metrics now. */
    StreamStatus outputStatus();

    /**
     * Queues one chunk for playback: mono, at the output's sample rate, at most {@code chunkFrames} frames. Never
     * blocks: when the queue is full the oldest queued chunk is dropped and counted.
     *
     * @return {@code false} when no output stream runs (the chunk is discarded)
     * @throws IllegalArgumentException when {@code frames} is not in 1..chunkFrames
     */
    boolean play(float[] samples, int frames);
}
