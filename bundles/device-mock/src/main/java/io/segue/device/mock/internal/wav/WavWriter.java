package io.segue.device.mock.internal.wav;

import io.segue.api.audio.AudioFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes interleaved float samples to a WAV file as 16-bit PCM (what a sound card plays: values beyond [-1, 1] are
 * clipped, NaN becomes 0). Until {@link #close()} the header announces sizes of 0xFFFFFFFF, which readers (this
 * bundle's {@link WavReader} among them) take as "to the end of the file", so that the file is readable even when
 * the process dies while writing; {@code close()} patches in the real sizes (left unknown beyond 4 GiB).
 *
 * <p>Writes go through one buffer allocated at creation; {@link #write} allocates nothing. Not thread-safe.
 */
public final class WavWriter implements AutoCloseable {

    private static final int HEADER_BYTES = 44;
    private static final int BYTES_PER_SAMPLE = 2;
    private static final int BUFFER_BYTES = 16 * 1024;
    private static final long UNKNOWN_SIZE = 0xFFFF_FFFFL;

    private final FileChannel channel;
    private final int channels;
    private final ByteBuffer bytes = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private long dataBytes;
    private boolean closed;

    private WavWriter(FileChannel channel, int channels) {
        this.channel = channel;
        this.channels = channels;
    }

    /**
     * Creates or truncates {@code file} and writes the header.
     *
     * @throws IOException when the file cannot be written
     */
    public static WavWriter create(Path file, AudioFormat format) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        try {
            WavWriter writer = new WavWriter(channel, format.channels());
            writer.writeHeader(format);
            return writer;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private void writeHeader(AudioFormat format) throws IOException {
        int blockAlign = format.channels() * BYTES_PER_SAMPLE;
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) UNKNOWN_SIZE)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1) // PCM
                .putShort((short) format.channels())
                .putInt(format.sampleRateHz())
                .putInt(format.sampleRateHz() * blockAlign)
                .putShort((short) blockAlign)
                .putShort((short) (8 * BYTES_PER_SAMPLE))
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) UNKNOWN_SIZE)
                .flip();
        writeFully(header, 0);
    }

    /** Frames written so far. */
    public long framesWritten() {
        return dataBytes / ((long) channels * BYTES_PER_SAMPLE);
    }

    /** Appends {@code frames} frames of {@code buffer}, interleaved, from frame {@code fromFrame}. */
    public void write(float[] buffer, int fromFrame, int frames) throws IOException {
        int samples = (fromFrame + frames) * channels;
        for (int i = fromFrame * channels; i < samples; ) {
            bytes.clear();
            while (i < samples && bytes.remaining() >= BYTES_PER_SAMPLE) {
                bytes.putShort(quantize(buffer[i++]));
            }
            append();
        }
    }

    /** Appends {@code frames} frames of digital silence. */
    public void writeSilence(long frames) throws IOException {
        for (long bytesLeft = frames * channels * BYTES_PER_SAMPLE; bytesLeft > 0; ) {
            bytes.clear();
            int n = (int) Math.min(bytesLeft, bytes.capacity());
            for (int i = 0; i < n; i++) {
                bytes.put((byte) 0);
            }
            bytesLeft -= n;
            append();
        }
    }

    /** The sample as the 16-bit code a card plays: rounded, clipped to full scale, NaN as silence. */
    static short quantize(float sample) {
        if (Float.isNaN(sample)) {
            return 0;
        }
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sample * 32768.0)));
    }

    private void append() throws IOException {
        bytes.flip();
        int n = bytes.remaining();
        writeFully(bytes, HEADER_BYTES + dataBytes);
        dataBytes += n;
    }

    private void writeFully(ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    /** Patches the sizes into the header and closes the file. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (FileChannel c = channel) {
            if (HEADER_BYTES - 8 + dataBytes < UNKNOWN_SIZE) {
                ByteBuffer size = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
                writeFully(size.putInt(0, (int) (HEADER_BYTES - 8 + dataBytes)).clear(), 4);
                writeFully(size.putInt(0, (int) dataBytes).clear(), HEADER_BYTES - 4);
            }
        }
    }
}
