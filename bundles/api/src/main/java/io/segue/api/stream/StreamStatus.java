package io.segue.api.stream;

import io.segue.api.audio.AudioFormat;

/**
 * A snapshot of the input or the output stream.
 *
 * @param direction       which stream
 * @param state           where the stream is in its life
 * @param deviceId        the device the stream uses (or last used), {@code null} if it never started
 * @param preferredDevice the device the stream was started on and returns to after a recovery onto the fallback
 *                        device; equal to {@code deviceId} unless it runs on the fallback, {@code null} if it never
 *                        started
 * @param format          the format of the chunks: mono at the stream's sample rate, {@code null} if never started
 * @param chunkFrames     frames per chunk
 * @param metrics         counters since the last start
 * @param message         why the stream is in its state when that is not obvious (the error that failed it, the end
 *                        of a file, the fallback it runs on), otherwise {@code null}
 */
public record StreamStatus(
        StreamDirection direction,
        StreamState state,
        String deviceId,
        String preferredDevice,
        AudioFormat format,
        int chunkFrames,
        StreamMetrics metrics,
        String message) {

    /** Whether the stream runs on another device than the one it was started on. */
    public boolean onFallback() {
        return deviceId != null && preferredDevice != null && !deviceId.equals(preferredDevice);
    }
}
