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

    /** The state, device, format and metrics now. */
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
}
