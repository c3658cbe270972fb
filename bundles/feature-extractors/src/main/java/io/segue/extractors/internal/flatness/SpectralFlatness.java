package io.segue.extractors.internal.flatness;

import java.util.Objects;

/**
 * Spectral flatness (Wiener entropy): how noise-like a spectrum is, as {@code librosa.feature.spectral_flatness} with
 * its defaults ({@code power = 2.0}, {@code amin = 1e-10}).
 *
 * <p>Definition: for magnitudes {@code m[0 .. n)}, each bin's power is floored, {@code p[k] = max(amin, m[k]^2)}, and
 * the flatness is the geometric mean over the arithmetic mean, {@code exp(mean(ln p)) / mean(p)}, in double
 * precision. It is 1 for a perfectly flat spectrum (white noise tends to it, a one-sample impulse reaches it) and
 * falls towards 0 for a tonal one. By the AM-GM inequality the value is in
 * {@code (0, 1]}; it is clamped to 1 against rounding.
 *
 * <p>Silence: every bin sits at the floor {@code amin}, the spectrum is perfectly flat, and the flatness is 1 (librosa
 * gives the same). The floor is absolute, so it depends on the scale of the magnitudes; at the pipeline's scale (a
 * full-scale sine reads {@code windowSize / 4}), it is about 200 dB below full scale, far below any real signal.
 * {@code n == 0} gives 1 too: no bin rises above the floor.
 */
public final class SpectralFlatness {

    /** librosa's default floor on the power {@code m^2}. */
    public static final double DEFAULT_AMIN = 1e-10;

    /** Powers multiplied before one ln. */
    private static final int LOG_BLOCK = 16;

    private SpectralFlatness() {
    }

    /**
     * The flatness of the power spectrum {@code max(amin, magnitudes[k]^2)} for {@code k} in
     * {@code [offset, offset + length)}, in (0, 1]. Allocates nothing.
     *
     * @param amin the floor on each bin's power, positive
     * @throws IndexOutOfBoundsException when the range is not inside {@code magnitudes}
     * @throws IllegalArgumentException  when {@code amin} is not positive
     */
    public static double flatness(float[] magnitudes, int offset, int length, double amin) {
        Objects.checkFromIndexSize(offset, length, magnitudes.length);
        if (!(amin > 0.0)) {
            throw new IllegalArgumentException("amin must be positive, was " + amin);
        }
        if (length == 0) {
            return 1.0;
        }
        double logSum = 0.0;
        double sum = 0.0;
        // ln is the cost: take it of products of LOG_BLOCK powers instead of each power. Powers of a spectrum of
        // samples in [-1, 1] lie in [amin, windowSize^2 / 4], so 16 of them stay inside double range; anything else
        // (huge samples, a tiny amin) makes a product overflow or fall below the normal range, and the exact loop
        // takes over
        boolean representable = true;
        int k = 0;
        for (; k + LOG_BLOCK <= length; k += LOG_BLOCK) {
            double product = 1.0;
            for (int i = offset + k, end = i + LOG_BLOCK; i < end; i++) {
                double m = magnitudes[i];
                double power = Math.max(amin, m * m);
                sum += power;
                product *= power;
            }
            // a product in the subnormal range has lost digits, an infinite one everything
            representable &= product >= Double.MIN_NORMAL && product < Double.POSITIVE_INFINITY;
            logSum += Math.log(product);
        }
        for (; k < length; k++) {
            double m = magnitudes[offset + k];
            double power = Math.max(amin, m * m);
            sum += power;
            logSum += Math.log(power);
        }
        if (!representable) {
            logSum = exactLogSum(magnitudes, offset, length, amin);
        }
        return Math.min(1.0, Math.exp(logSum / length) / (sum / length));
    }


    private static double exactLogSum(float[] magnitudes, int offset, int length, double amin) {
        double logSum = 0.0;
        for (int k = 0; k < length; k++) {
            double m = magnitudes[offset + k];
            logSum += Math.log(Math.max(amin, m * m));
        }
        return logSum;
    }
}
