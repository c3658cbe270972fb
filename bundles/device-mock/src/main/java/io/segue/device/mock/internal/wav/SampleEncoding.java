package io.segue.device.mock.internal.wav;

import java.nio.ByteBuffer;

/** How one sample is stored in a WAV data chunk, and how it becomes a float. */
enum SampleEncoding {
    /** 8-bit unsigned integer, 128 is zero. */
    UNSIGNED_8(1) {
        @Override
        void decode(ByteBuffer in, float[] out, int offset, int samples) {
            for (int i = 0; i < samples; i++) {
                out[offset + i] = ((in.get(i) & 0xFF) - 128) * (1f / 128);
            }
        }
    },
    SIGNED_16(2) {
        @Override
        void decode(ByteBuffer in, float[] out, int offset, int samples) {
            for (int i = 0; i < samples; i++) {
                out[offset + i] = in.getShort(2 * i) * (1f / 32768);
            }
        }
    },
    SIGNED_24(3) {
        @Override
        void decode(ByteBuffer in, float[] out, int offset, int samples) {
            for (int i = 0, b = 0; i < samples; i++, b += 3) {
                int value = (in.get(b) & 0xFF) | (in.get(b + 1) & 0xFF) << 8 | in.get(b + 2) << 16;
                out[offset + i] = value * (1f / 8388608);
            }
        }
    },
    SIGNED_32(4) {
        @Override
        void decode(ByteBuffer in, float[] out, int offset, int samples) {
            for (int i = 0; i < samples; i++) {
                out[offset + i] = (float) (in.getInt(4 * i) * (1.0 / 2147483648.0));
            }
        }
    },
    FLOAT_32(4) {
        @Override
        void decode(ByteBuffer in, float[] out, int offset, int samples) {
            for (int i = 0; i < samples; i++) {
                out[offset + i] = in.getFloat(4 * i);
            }
        }
    },
    FLOAT_64(8) {
        @Override
        void decode(ByteBuffer in, float[] out, int offset, int samples) {
            for (int i = 0; i < samples; i++) {
                out[offset + i] = (float) in.getDouble(8 * i);
            }
        }
    };

    final int bytes;

    SampleEncoding(int bytes) {
        this.bytes = bytes;
    }

    /**
     * Decodes {@code samples} samples from the start of {@code in} (little-endian, absolute reads: its position is
     * not used) into {@code out[offset ..]}.
     */
    abstract void decode(ByteBuffer in, float[] out, int offset, int samples);
}
