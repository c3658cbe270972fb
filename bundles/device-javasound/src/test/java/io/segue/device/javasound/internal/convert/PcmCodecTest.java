package io.segue.device.javasound.internal.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.segue.testing.Allocations;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PcmCodecTest {

    private static float decodeOne(PcmCodec codec, int... bytes) {
        byte[] in = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            in[i] = (byte) bytes[i];
        }
        float[] out = new float[1];
        codec.decode(in, 0, out, 0, 1);
        return out[0];
    }

    /** Hand-written byte patterns: full scale negative, zero, and full scale positive, for every layout. */
    static Stream<Arguments> knownSamples() {
        return Stream.of(
                Arguments.of(PcmCodec.integer(8, true, false), new int[] {0x80}, -1f),
                Arguments.of(PcmCodec.integer(8, true, false), new int[] {0x7F}, 127f / 128),
                Arguments.of(PcmCodec.integer(8, false, false), new int[] {0x00}, -1f),
                Arguments.of(PcmCodec.integer(8, false, false), new int[] {0x80}, 0f),
                Arguments.of(PcmCodec.integer(8, false, false), new int[] {0xFF}, 127f / 128),
                Arguments.of(PcmCodec.integer(16, true, false), new int[] {0x00, 0x80}, -1f),
                Arguments.of(PcmCodec.integer(16, true, false), new int[] {0x00, 0x40}, 0.5f),
                Arguments.of(PcmCodec.integer(16, true, true), new int[] {0x40, 0x00}, 0.5f),
                Arguments.of(PcmCodec.integer(16, true, true), new int[] {0xFF, 0xFF}, -1f / 32768),
                Arguments.of(PcmCodec.integer(16, false, false), new int[] {0x00, 0x80}, 0f),
                Arguments.of(PcmCodec.integer(16, false, true), new int[] {0xC0, 0x00}, 0.5f),
                Arguments.of(PcmCodec.integer(16, false, true), new int[] {0x00, 0x00}, -1f),
                Arguments.of(PcmCodec.integer(24, true, false), new int[] {0xFF, 0xFF, 0x7F}, 8388607f / 8388608),
                Arguments.of(PcmCodec.integer(24, true, false), new int[] {0x00, 0x00, 0xC0}, -0.5f),
                Arguments.of(PcmCodec.integer(24, true, true), new int[] {0xC0, 0x00, 0x00}, -0.5f),
                Arguments.of(PcmCodec.integer(24, false, false), new int[] {0x00, 0x00, 0x80}, 0f),
                Arguments.of(PcmCodec.integer(24, false, true), new int[] {0x40, 0x00, 0x00}, -0.5f),
                Arguments.of(PcmCodec.integer(32, true, false), new int[] {0x00, 0x00, 0x00, 0x80}, -1f),
                Arguments.of(PcmCodec.integer(32, true, true), new int[] {0x40, 0x00, 0x00, 0x00}, 0.5f),
                Arguments.of(PcmCodec.integer(32, false, true), new int[] {0x80, 0x00, 0x00, 0x00}, 0f),
                Arguments.of(PcmCodec.float32(false), new int[] {0x00, 0x00, 0x00, 0x3F}, 0.5f),
                Arguments.of(PcmCodec.float32(true), new int[] {0xBF, 0x00, 0x00, 0x00}, -0.5f));
    }

    @ParameterizedTest
    @MethodSource("knownSamples")
    void decodesKnownBytes(PcmCodec codec, int[] bytes, float expected) {
        assertEquals(expected, decodeOne(codec, bytes), 0f);
    }

    static Stream<PcmCodec> everyLayout() {
        Stream.Builder<PcmCodec> layouts = Stream.builder();
        for (int bits : new int[] {8, 16, 24, 32}) {
            for (boolean signed : new boolean[] {true, false}) {
                for (boolean bigEndian : new boolean[] {false, true}) {
                    layouts.add(PcmCodec.integer(bits, signed, bigEndian));
                }
            }
        }
        layouts.add(PcmCodec.float32(false));
        layouts.add(PcmCodec.float32(true));
        return layouts.build();
    }

    @ParameterizedTest
    @MethodSource("everyLayout")
    void encodingThenDecodingKeepsASignalWithinHalfAStep(PcmCodec codec) {
        float[] x = {0f, 0.25f, -0.25f, 0.5f, -0.5f, 0.99f, -1f, 0.1234567f, -0.7654321f};
        byte[] bytes = new byte[x.length * codec.bytesPerSample() + 3];
        float[] back = new float[x.length + 1];

        int clipped = codec.encode(x, 0, bytes, 3, x.length);
        codec.decode(bytes, 3, back, 1, x.length);

        assertEquals(0, clipped);
        double step = codec.bytesPerSample() == 4 ? 1e-7 : 1.0 / (1L << (8 * codec.bytesPerSample() - 1));
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i], back[i + 1], step / 2 + 1e-7, "sample " + i);
        }
    }

    @Test
    void encodingClipsAtFullScaleCountsTheClippedSamplesAndTurnsNanIntoSilence() {
        PcmCodec codec = PcmCodec.integer(16, true, false);
        byte[] bytes = new byte[8];

        int clipped = codec.encode(new float[] {1.5f, -3f, Float.NaN, 1f}, 0, bytes, 0, 4);

        assertEquals(3, clipped, "1.5, -3 and exactly 1.0 (one step above the largest 16-bit value)");
        assertArrayEquals(new byte[] {(byte) 0xFF, 0x7F, 0x00, (byte) 0x80, 0, 0, (byte) 0xFF, 0x7F}, bytes);
    }

    @Test
    void refusesSampleSizesItCannotRead() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PcmCodec.integer(20, true, false));
        assertEquals("bitsPerSample must be 8, 16, 24 or 32, was 20", e.getMessage());
    }

    @Test
    void decodingAndEncodingAllocateNothing() {
        PcmCodec codec = PcmCodec.integer(24, true, true);
        byte[] bytes = new byte[1024 * 3];
        float[] samples = new float[1024];

        long bytesAllocated = Allocations.leastBytesAllocatedBy(() -> {
            codec.decode(bytes, 0, samples, 0, 1024);
            codec.encode(samples, 0, bytes, 0, 1024);
        }, 2000);

        assertEquals(0, bytesAllocated);
    }
}
