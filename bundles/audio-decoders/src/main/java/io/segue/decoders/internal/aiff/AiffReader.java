package io.segue.decoders.internal.aiff;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.decoders.internal.common.DecoderFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Streams the samples of an AIFF or AIFC file as floats in [-1, 1] at the file's own rate and channel count.
 *
 * <p>Reads: uncompressed PCM of 1 to 32 bits (AIFF; AIFC {@code NONE}, {@code twos}, little-endian {@code sowt}),
 * AIFC {@code fl32}; 1 to 64 channels. Other chunks are skipped. The file is read through one buffer of about
 * 64 KiB allocated at open; {@link #read} allocates nothing.
 *
 * <p>A truncated file (the COMM chunk announces more frames than the SSND chunk holds) delivers every whole frame
 * that is there, then the next {@code read} throws an {@link IOException} saying
 * {@code truncated after X s (Y s announced)}; so does every later read.
 */
public final class AiffReader implements AudioInput {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path file;
    private final FileChannel channel;
    private final AiffHeader header;
    private final int channels;
    private final ByteBuffer bytes;
    private final int bufferFrames;
    private long framesRead;
    private String truncation;
    private volatile boolean closed;

    private AiffReader(Path file, FileChannel channel, AiffHeader header) {
        this.file = file;
        this.channel = channel;
        this.header = header;
        this.channels = header.format().channels();
        this.bufferFrames = Math.max(1, BUFFER_BYTES / header.blockAlign());
        this.bytes = ByteBuffer.allocateDirect(bufferFrames * header.blockAlign());
    }

    /**
     * Opens {@code file} and reads its header.
     *
     * @throws java.nio.file.NoSuchFileException         when the file does not exist
     * @throws java.nio.file.AccessDeniedException       when it may not be read
     * @throws IOException when it is empty or not an AIFF file this class reads; the message names the file
     */
    public static AiffReader open(Path file) throws IOException {
        FileChannel channel = DecoderFiles.openNonEmpty(file);
        try {
            AiffHeader header = AiffHeader.read(file, channel);
            channel.position(header.dataOffset());
            return new AiffReader(file, channel, header);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public AudioFormat format() {
        return header.format();
    }

    @Override
    public long lengthFrames() {
        return header.lengthFrames();
    }

    @Override
    public int read(float[] buffer, int frames) throws IOException {
        DecoderFiles.checkReadArguments(buffer, frames, channels);
        if (closed) {
            return -1;
        }
        if (truncation != null) {
            throw new IOException(truncation);
        }
        int done = 0;
        while (done < frames) {
            long left = header.lengthFrames() - framesRead;
            if (left == 0) {
                break;
            }
            int wanted = (int) Math.min(Math.min(frames - done, bufferFrames), left);
            int got = fill(wanted * header.blockAlign());
            if (got < 0) {
                return -1; // closed by another thread
            }
            int gotFrames = got / header.blockAlign();
            header.encoding().decode(bytes, header.bytesPerSample(), buffer, done * channels, gotFrames * channels);
            framesRead += gotFrames;
            done += gotFrames;
            if (gotFrames < wanted) { // the end of the file
                int rate = header.format().sampleRateHz();
                truncation = file + ": truncated after " + DecoderFiles.seconds(framesRead, rate) + " ("
                        + DecoderFiles.seconds(header.lengthFrames(), rate) + " announced)";
                if (done == 0) {
                    throw new IOException(truncation);
                }
                break;
            }
        }
        return done == 0 ? -1 : done;
    }

    /** Reads up to {@code length} bytes into the start of {@link #bytes}; fewer only at the end of the file. */
    private int fill(int length) throws IOException {
        bytes.clear().limit(length);
        try {
            while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                // FileChannel may return fewer bytes than asked before the end of the file
            }
        } catch (IOException e) {
            if (closed) {
                return -1;
            }
            throw new IOException(file + ": read failed: " + e.getMessage(), e);
        }
        return bytes.position();
    }

    @Override
    public void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written and nothing is left to release
        }
    }

    @Override
    public String toString() {
        return "AiffReader[" + file + ", " + header.format() + ", " + header.encoding() + "]";
    }
}
