package io.segue.decoders.internal.aiff;

import java.nio.ByteBuffer;

/** How the samples of an AIFF or AIFC file are stored, and their conversion to floats in [-1, 1]. */
enum AiffEncoding {
    /** Signed big-endian integers, 1 to 4 bytes (AIFF, AIFC {@code NONE} and {@code twos}). */
    PCM_BIG_ENDIAN,
    /** Signed little-endian integers, 2 to 4 bytes (AIFC {@code sowt}). */
    PCM_LITTLE_ENDIAN,
    /** IEEE 754 32-bit floats, big-endian (AIFC {@code fl32}). */
    FLOAT_32;

    /**
     * Decodes {@code samples} samples of {@code bytesPerSample} bytes each from the start of {@code bytes} into
     * {@code out} from {@code offset}. Integers fewer than 32 bits wide sit left-justified in their bytes, so
     * scaling by the container's full range is exact for every declared bit depth.
     */
    void decode(ByteBuffer bytes, int bytesPerSample, float[] out, int offset, int samples) {
        float scale = 1f / (1L << (8 * bytesPerSample - 1));
        int p = 0;
        for (int i = 0; i < samples; i++) {
            float value;
            if (this == FLOAT_32) {
                value = Float.intBitsToFloat(bigEndian(bytes, p, 4));
            } else {
                int raw = this == PCM_BIG_ENDIAN ? bigEndian(bytes, p, bytesPerSample)
                        : littleEndian(bytes, p, bytesPerSample);
                int shift = 32 - 8 * bytesPerSample;
                value = (raw << shift >> shift) * scale; // sign-extends
            }
            out[offset + i] = value;
            p += bytesPerSample;
        }
    }

    private static int bigEndian(ByteBuffer bytes, int at, int length) {
        int v = 0;
        for (int i = 0; i < length; i++) {
            v = v << 8 | bytes.get(at + i) & 0xFF;
        }
        return v;
    }

    private static int littleEndian(ByteBuffer bytes, int at, int length) {
        int v = 0;
        for (int i = length - 1; i >= 0; i--) {
            v = v << 8 | bytes.get(at + i) & 0xFF;
        }
        return v;
    }
}
