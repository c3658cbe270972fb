package io.segue.decoders.internal.common;

import io.segue.api.audio.AudioInput;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * What every decoder of a compressed file does alike: the checks before a read, the failure it found (truncation,
 * a corrupt frame) reported once the frames decoded before it are delivered and on every read after, and the file
 * closed at most once. A subclass decodes: {@link #readDecoded} fills the buffer from its frames.
 */
public abstract class DecodedInput implements AudioInput {

    protected final Path file;
    protected final FileChannel channel;
    /** Why the stream ended early, or {@code null}: set by the subclass where it finds it. */
    protected String failure;
    protected volatile boolean closed;

    protected DecodedInput(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    @Override
    public final int read(float[] buffer, int frames) throws IOException {
        DecoderFiles.checkReadArguments(buffer, frames, format().channels());
        if (closed) {
            return -1;
        }
        if (failure != null) {
            throw new IOException(failure);
        }
        int done = readDecoded(buffer, frames);
        if (done == 0) {
            if (failure != null && !closed) {
                throw new IOException(failure);
            }
            return -1;
        }
        return done;
    }

    /**
     * Delivers up to {@code frames} decoded frames into {@code buffer}, interleaved; 0 at the end of the stream or
     * when {@link #failure} stops it.
     */
    protected abstract int readDecoded(float[] buffer, int frames) throws IOException;

    @Override
    public void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written and nothing is left to release
        }
    }
}
