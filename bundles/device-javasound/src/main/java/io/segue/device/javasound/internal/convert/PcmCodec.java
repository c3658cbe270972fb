package io.segue.device.javasound.internal.convert;

/**
 * Converts between interleaved PCM bytes and float samples in [-1, 1], for one sample layout: 8, 16, 24 or 32-bit
 * integers (signed or unsigned, little or big endian) or 32-bit IEEE floats. Integers scale by
 * {@code 2^(bits-1)}, so full scale negative is exactly -1 and full scale positive just below 1; unsigned samples
 * have their zero at {@code 2^(bits-1)}.
 *
 * <p>Stateless and allocation-free: one instance may be shared.
 */
public final class PcmCodec {

    private final int bytesPerSample;
    private final boolean signed;
    private final boolean bigEndian;
    private final boolean floating;
    private final float decodeScale;
    private final double encodeScale;
    private final long minValue;
    private final long maxValue;

    private PcmCodec(int bitsPerSample, boolean signed, boolean bigEndian, boolean floating) {
        this.bytesPerSample = bitsPerSample / 8;
        this.signed = signed;
        this.bigEndian = bigEndian;
        this.floating = floating;
        long half = 1L << (bitsPerSample - 1);
        this.decodeScale = (float) (1.0 / half);
        this.encodeScale = half;
        this.minValue = -half;
        this.maxValue = half - 1;
    }

    /**
     * An integer layout.
     *
     * @throws IllegalArgumentException when {@code bitsPerSample} is not 8, 16, 24 or 32
     */
    public static PcmCodec integer(int bitsPerSample, boolean signed, boolean bigEndian) {
        if (bitsPerSample != 8 && bitsPerSample != 16 && bitsPerSample != 24 && bitsPerSample != 32) {
            throw new IllegalArgumentException("bitsPerSample must be 8, 16, 24 or 32, was " + bitsPerSample);
        }
        return new PcmCodec(bitsPerSample, signed, bigEndian, false);
    }

    /** 32-bit IEEE floats. */
    public static PcmCodec float32(boolean bigEndian) {
        return new PcmCodec(32, true, bigEndian, true);
    }

    /** Whether {@code bitsPerSample} is one of the integer sizes {@link #integer} accepts. */
    public static boolean supportsIntegerBits(int bitsPerSample) {
        return bitsPerSample == 8 || bitsPerSample == 16 || bitsPerSample == 24 || bitsPerSample == 32;
    }

    public int bytesPerSample() {
        return bytesPerSample;
    }

    /** Decodes {@code samples} samples from {@code in[inOffset ..]} into {@code out[outOffset ..]}. */
    public void decode(byte[] in, int inOffset, float[] out, int outOffset, int samples) {
        for (int i = 0, b = inOffset; i < samples; i++, b += bytesPerSample) {
            long raw = read(in, b);
            if (floating) {
                out[outOffset + i] = Float.intBitsToFloat((int) raw);
            } else {
                long value = signed ? signExtend(raw) : raw - (long) encodeScale;
                out[outOffset + i] = value * decodeScale;
            }
        }
    }

    /**
     * Encodes {@code samples} samples from {@code in[inOffset ..]} into {@code out[outOffset ..]}, rounding to the
     * nearest integer and clipping to the layout's range (a NaN becomes 0).
     *
     * @return how many samples were clipped
     */
    public int encode(float[] in, int inOffset, byte[] out, int outOffset, int samples) {
        int clipped = 0;
        for (int i = 0, b = outOffset; i < samples; i++, b += bytesPerSample) {
            float x = in[inOffset + i];
            long raw;
            if (floating) {
                raw = Float.floatToRawIntBits(x);
            } else {
                long value = x != x ? 0 : Math.round(x * encodeScale);
                if (value > maxValue) {
                    value = maxValue;
                    clipped++;
                } else if (value < minValue) {
                    value = minValue;
                    clipped++;
                }
                raw = signed ? value : value + (long) encodeScale;
            }
            write(out, b, raw);
        }
        return clipped;
    }

    private long read(byte[] in, int at) {
        long raw = 0;
        if (bigEndian) {
            for (int k = 0; k < bytesPerSample; k++) {
                raw = raw << 8 | (in[at + k] & 0xFF);
            }
        } else {
            for (int k = bytesPerSample - 1; k >= 0; k--) {
                raw = raw << 8 | (in[at + k] & 0xFF);
            }
        }
        return raw;
    }

    private void write(byte[] out, int at, long raw) {
        for (int k = 0; k < bytesPerSample; k++) {
            byte b = (byte) (raw >>> (8 * k));
            out[bigEndian ? at + bytesPerSample - 1 - k : at + k] = b;
        }
    }

    private long signExtend(long raw) {
        int shift = 64 - 8 * bytesPerSample;
        return raw << shift >> shift;
    }
}
