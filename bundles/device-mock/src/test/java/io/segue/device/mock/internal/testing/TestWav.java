package io.segue.device.mock.internal.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes small WAV files for tests. Samples in [-1, 1] are quantized by rounding {@code x * 2^(bits-1)} and
 * clamping; floats are stored as given.
 */
public final class TestWav {

    public static final int PCM = 1;
    public static final int IEEE_FLOAT = 3;
    public static final int EXTENSIBLE = 0xFFFE;

    private final int tag;
    private final int bits;
    private final int channels;
    private final int sampleRateHz;
    private boolean extensible;
    private Integer blockAlignOverride;
    private Long dataSizeOverride;
    private byte[] guidTail = {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71};
    private final ByteArrayOutputStream beforeFmt = new ByteArrayOutputStream();
    private final ByteArrayOutputStream beforeData = new ByteArrayOutputStream();
    private final ByteArrayOutputStream afterData = new ByteArrayOutputStream();
    private byte[] data = new byte[0];
    private boolean omitFmt;
    private boolean omitData;

    private TestWav(int tag, int bits, int channels, int sampleRateHz) {
        this.tag = tag;
        this.bits = bits;
        this.channels = channels;
        this.sampleRateHz = sampleRateHz;
    }

    public static TestWav pcm(int bits, int channels, int sampleRateHz) {
        return new TestWav(PCM, bits, channels, sampleRateHz);
    }

    public static TestWav ieeeFloat(int bits, int channels, int sampleRateHz) {
        return new TestWav(IEEE_FLOAT, bits, channels, sampleRateHz);
    }

    /** Any format tag, for unsupported encodings; samples must be given as raw bytes. */
    public static TestWav tag(int tag, int bits, int channels, int sampleRateHz) {
        return new TestWav(tag, bits, channels, sampleRateHz);
    }

    /** Writes the fmt chunk as WAVE_FORMAT_EXTENSIBLE with this format as its sub-format. */
    public TestWav extensible() {
        extensible = true;
        return this;
    }

    public TestWav subformatGuidTail(byte[] tail) {
        guidTail = tail.clone();
        return this;
    }

    public TestWav blockAlign(int blockAlign) {
        blockAlignOverride = blockAlign;
        return this;
    }

    /** The size the data chunk header announces, instead of the real one. */
    public TestWav dataSize(long size) {
        dataSizeOverride = size;
        return this;
    }

    public TestWav chunkBeforeFmt(String id, byte[] body) {
        chunk(beforeFmt, id, body, body.length);
        return this;
    }

    public TestWav chunkBeforeData(String id, byte[] body) {
        chunk(beforeData, id, body, body.length);
        return this;
    }

    public TestWav chunkAfterData(String id, byte[] body) {
        chunk(afterData, id, body, body.length);
        return this;
    }

    public TestWav withoutFmt() {
        omitFmt = true;
        return this;
    }

    public TestWav withoutData() {
        omitData = true;
        return this;
    }

    public TestWav rawData(byte[] bytes) {
        data = bytes.clone();
        return this;
    }

    /** Encodes interleaved samples in this file's format. */
    public TestWav samples(float[] interleaved) {
        int bytesPerSample = (bits + 7) / 8;
        ByteBuffer b = ByteBuffer.allocate(interleaved.length * bytesPerSample).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : interleaved) {
            if (tag == IEEE_FLOAT) {
                if (bits == 32) {
                    b.putFloat(x);
                } else {
                    b.putDouble(x);
                }
                continue;
            }
            long scale = 1L << (bits - 1);
            long q = Math.max(-scale, Math.min(scale - 1, Math.round(x * (double) scale)));
            q <<= bytesPerSample * 8 - bits; // left-justify in the container
            switch (bytesPerSample) {
                case 1 -> b.put((byte) (q + 128));
                case 2 -> b.putShort((short) q);
                case 3 -> b.put((byte) q).put((byte) (q >> 8)).put((byte) (q >> 16));
                case 4 -> b.putInt((int) q);
                default -> throw new IllegalStateException("bits " + bits);
            }
        }
        data = b.array();
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WAVE".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(beforeFmt.toByteArray());
        if (!omitFmt) {
            body.writeBytes(fmtChunk());
        }
        body.writeBytes(beforeData.toByteArray());
        if (!omitData) {
            chunk(body, "data", data, dataSizeOverride != null ? dataSizeOverride : data.length);
        }
        body.writeBytes(afterData.toByteArray());
        ByteBuffer riff = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(body.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(riff.array());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    public Path write(Path file) throws IOException {
        Files.write(file, bytes());
        return file;
    }

    private byte[] fmtChunk() {
        int bytesPerSample = (bits + 7) / 8;
        int blockAlign = blockAlignOverride != null ? blockAlignOverride : channels * bytesPerSample;
        ByteBuffer f = ByteBuffer.allocate(extensible ? 40 : 16).order(ByteOrder.LITTLE_ENDIAN);
        f.putShort((short) (extensible ? EXTENSIBLE : tag))
                .putShort((short) channels)
                .putInt(sampleRateHz)
                .putInt(sampleRateHz * blockAlign)
                .putShort((short) blockAlign)
                .putShort((short) (extensible ? bytesPerSample * 8 : bits));
        if (extensible) {
            f.putShort((short) 22).putShort((short) bits).putInt(channels == 2 ? 3 : 4).putShort((short) tag)
                    .put(guidTail);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunk(out, "fmt ", f.array(), f.capacity());
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String id, byte[] body, long announcedSize) {
        ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        header.put(id.getBytes(StandardCharsets.US_ASCII)).putInt((int) announcedSize);
        out.writeBytes(header.array());
        out.writeBytes(body);
        if (body.length % 2 == 1) {
            out.write(0);
        }
    }

    /** A test signal: channel {@code c} of frame {@code f} is a sine of {@code 220 * (c + 1)} Hz at 0.8. */
    public static float[] signal(int frames, int channels, int sampleRateHz) {
        float[] x = new float[frames * channels];
        for (int f = 0; f < frames; f++) {
            for (int c = 0; c < channels; c++) {
                x[f * channels + c] = (float) (0.8 * Math.sin(2 * Math.PI * 220 * (c + 1) * f / sampleRateHz));
            }
        }
        return x;
    }
}
