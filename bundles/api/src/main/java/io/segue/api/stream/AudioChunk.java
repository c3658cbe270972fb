package io.segue.api.stream;

import io.segue.api.audio.AudioFormat;

/**
 * A chunk of the input stream that belongs to its receiver (a copy), as returned by
 * {@link AudioStreamManager#chunk}.
 *
 * @param sequence     the chunk's number since the stream started, from 0; a gap means chunks were dropped
 * @param captureNanos {@link System#nanoTime()} when the device delivered the chunk
 * @param format       mono, at the stream's sample rate
 * @param samples      the chunk's samples in [-1, 1]; the array belongs to the receiver
 */
public record AudioChunk(long sequence, long captureNanos, AudioFormat format, float[] samples) {
}
