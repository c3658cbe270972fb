package io.segue.device.mock.internal.wav;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams the samples of a RIFF/WAVE file as floats in [-1, 1] (float files are delivered as stored, unclipped),
 * at the file's own rate and channel count.
 *
 * <p>Reads: PCM 8-bit (unsigned), 16, 24 and 32-bit; IEEE float 32 and 64-bit; WAVE_FORMAT_EXTENSIBLE with those
 * sub-formats; 1 to 64 channels. Chunks other than {@code fmt } and {@code data} are skipped. The file is read
 * through one buffer of about 64 KiB allocated at open; {@link #read} allocates nothing.
 *
 * <p>A truncated file (the data chunk announces more bytes than the file holds) delivers every whole frame that
 * is there, then the next {@code read} throws an {@link IOException} saying
 * {@code truncated: expected X bytes of audio, found Y}; so does every later read. A data chunk of unknown size
 * (0xFFFFFFFF, left by streaming writers) is read to the end of the file, and {@link #lengthFrames()} is -1.
 */
public final class WavReader implements AudioInput {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path file;
    private final FileChannel channel;
    private final WavHeader header;
    private final int channels;
    private final ByteBuffer bytes;
    private final int bufferFrames;
    private long bytesRead;
    private String truncation;
    private volatile boolean closed;

    private WavReader(Path file, FileChannel channel, WavHeader header) {
        this.file = file;
        this.channel = channel;
        this.header = header;
        this.channels = header.format().channels();
        this.bufferFrames = Math.max(1, BUFFER_BYTES / header.blockAlign());
        this.bytes = ByteBuffer.allocateDirect(bufferFrames * header.blockAlign()).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Opens {@code file} and reads its header.
     *
     * @throws java.nio.file.NoSuchFileException when the file does not exist
     * @throws AccessDeniedException             when it may not be read: {@code <file>: not readable}
     * @throws IOException                       when it is not a WAV file this class reads; the message names the
     *                                           file and the problem
     */
    public static WavReader open(Path file) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (AccessDeniedException e) {
            throw notReadable(file, e);
        }
        try {
            WavHeader header = WavHeader.read(file, channel);
            channel.position(header.dataOffset());
            return new WavReader(file, channel, header);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The JDK's AccessDeniedException says only the path; this one says what is wrong with it. */
    static AccessDeniedException notReadable(Path file, AccessDeniedException denied) {
        AccessDeniedException e = new AccessDeniedException(file.toString(), null, "not readable");
        e.initCause(denied);
        return e;
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
        if (frames <= 0) {
            throw new IllegalArgumentException("frames must be positive, was " + frames);
        }
        if ((long) frames * channels > buffer.length) {
            throw new IllegalArgumentException("buffer holds " + buffer.length + " samples, " + frames + " frames of "
                    + channels + " channels need " + (long) frames * channels);
        }
        if (closed) {
            return -1;
        }
        if (truncation != null) {
            throw new IOException(truncation);
        }
        int done = 0;
        while (done < frames) {
            long left = header.dataBytes() < 0
                    ? Long.MAX_VALUE
                    : (header.dataBytes() - bytesRead) / header.blockAlign();
            if (left == 0) {
                break;
            }
            int wanted = (int) Math.min(Math.min(frames - done, bufferFrames), left);
            int got = fill(wanted * header.blockAlign());
            if (got < 0) {
                return -1; // closed by another thread
            }
            int gotFrames = got / header.blockAlign();
            header.encoding().decode(bytes, buffer, done * channels, gotFrames * channels);
            bytesRead += got;
            done += gotFrames;
            if (got < wanted * header.blockAlign()) { // the end of the file
                if (header.dataBytes() >= 0) {
                    truncation = file + ": truncated: expected " + header.dataBytes() + " bytes of audio, found "
                            + bytesRead;
                    if (done == 0) {
                        throw new IOException(truncation);
                    }
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
        return "WavReader[" + file + ", " + header.format() + ", " + header.encoding() + "]";
    }
}
