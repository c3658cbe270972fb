package io.segue.extractors.internal;

/**
 * A logarithm for per-bin loops, where {@link Math#log} is most of the cost and 4e-5 of error means nothing: the
 * float's exponent plus a polynomial of its mantissa.
 */
public final class FastLog {

    private FastLog() {
    }

    /**
     * {@code log2(x)} within about 4e-5 for positive normal {@code x} (a least-squares fit of the mantissa's log on
     * [1, 2)); about -127 for 0.
     */
    public static float log2(float x) {
        int bits = Float.floatToRawIntBits(x);
        int exponent = ((bits >>> 23) & 0xff) - 127;
        float m = Float.intBitsToFloat((bits & 0x007fffff) | 0x3f800000);
        float poly = -2.78681295f + (5.04687604f + (-3.49249428f + (1.59390136f + (-0.40486717f + 0.04342891f * m) * m)
                * m) * m) * m;
        return exponent + poly;
    }
}
