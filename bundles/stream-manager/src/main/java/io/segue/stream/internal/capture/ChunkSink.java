package io.segue.stream.internal.capture;

import io.segue.api.audio.AudioFormat;

/** Where the analysis thread hands each chunk: the chunk listeners. */
public interface ChunkSink {

    /** The session's first chunk is about to arrive. Called on the analysis thread. */
    void started(AudioFormat format);

    /** A chunk; {@code samples} is valid only during the call. Called on the analysis thread. */
    void accept(long sequence, long captureNanos, AudioFormat format, float[] samples, int frames);
}
