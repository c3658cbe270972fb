package io.segue.api.stream;

import io.segue.api.audio.AudioFormat;

/**
 * A snapshot of an input stream.
 *
 * @param state      where the stream is in its life
 * @param deviceId   the device the stream reads (or last read), {@code null} if it never started
 * @param format     the format of the chunks: mono at the stream's sample rate, {@code null} if never started
 * @param chunkFrames frames per chunk
 * @param metrics    counters since the last start
 * @param message    why the stream is in its state when that is not obvious (the error that failed it, the end
 *                   of a file), otherwise {@code null}
 */
public record StreamStatus(
        StreamState state,
        String deviceId,
        AudioFormat format,
        int chunkFrames,
        StreamMetrics metrics,
        String message) {
}
