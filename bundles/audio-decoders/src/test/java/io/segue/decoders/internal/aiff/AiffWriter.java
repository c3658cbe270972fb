package io.segue.decoders.internal.aiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes AIFF and AIFC test files from interleaved floats, the way audio editors lay them out. */
public final class AiffWriter {

    /** AIFC compression type, or null for plain AIFF. */
    private final String compression;
    private final int bits;
    private final int channels;
    private final double sampleRateHz;
    /** A chunk to put before COMM (editors write MARK, INST, ANNO, ID3), or null. */
    private String extraChunk;

    public AiffWriter(String compression, int bits, int channels, double sampleRateHz) {
        this.compression = compression;
        this.bits = bits;
        this.channels = channels;
        this.sampleRateHz = sampleRateHz;
    }

    public AiffWriter withChunkBeforeComm(String id) {
        this.extraChunk = id;
        return this;
    }

    public Path write(Path file, float[] interleaved) throws IOException {
        int bytesPerSample = compression != null && compression.equals("fl32") ? 4 : (bits + 7) / 8;
        int frames = interleaved.length / channels;
        int dataBytes = interleaved.length * bytesPerSample;
        int commSize = compression == null ? 18 : 18 + 4 + 2; // an empty, padded pascal string
        int extraSize = extraChunk == null ? 0 : 8 + 3 + 1; // an odd body, padded
        int formSize = 4 + extraSize + 8 + commSize + 8 + 8 + dataBytes + (dataBytes & 1);
        ByteBuffer b = ByteBuffer.allocate(8 + formSize).order(ByteOrder.BIG_ENDIAN);
        b.put(ascii("FORM")).putInt(formSize).put(ascii(compression == null ? "AIFF" : "AIFC"));
        if (extraChunk != null) {
            b.put(ascii(extraChunk)).putInt(3).put((byte) 1).put((byte) 2).put((byte) 3).put((byte) 0);
        }
        b.put(ascii("COMM")).putInt(commSize).putShort((short) channels).putInt(frames).putShort((short) bits);
        putExtended(b, sampleRateHz);
        if (compression != null) {
            b.put(ascii(compression)).putShort((short) 0);
        }
        b.put(ascii("SSND")).putInt(8 + dataBytes).putInt(0).putInt(0);
        for (float v : interleaved) {
            if (compression != null && compression.equals("fl32")) {
                b.putFloat(v);
                continue;
            }
            long full = 1L << (8 * bytesPerSample - 1);
            long q = Math.max(-full, Math.min(full - 1, Math.round(v * (double) full)));
            q &= -(1L << (8 * bytesPerSample - bits)); // keep only the declared bits, left-justified
            for (int i = 0; i < bytesPerSample; i++) {
                int shift = compression != null && compression.equals("sowt") ? 8 * i : 8 * (bytesPerSample - 1 - i);
                b.put((byte) (q >> shift));
            }
        }
        return Files.write(file, b.array());
    }

    /** The 80-bit extended float AIFF stores its rate as. */
    static void putExtended(ByteBuffer b, double value) {
        int exponent = Math.getExponent(value);
        long mantissa = (long) Math.scalb(value, 52 - exponent) << 11; // the top bit set: unsigned
        b.putShort((short) (exponent + 16383)).putLong(mantissa);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
