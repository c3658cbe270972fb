package io.segue.extractors.internal.zcr;

import java.util.Objects;

/**
 * Zero-crossing rate of a block of samples: the fraction of its adjacent sample pairs whose signs differ.
 *
 * <p>Definition: a sample is <em>negative</em> when {@code x < 0} and positive otherwise, so {@code 0} and
 * {@code -0.0} count as positive (librosa's {@code zero_pos=True}). For {@code n} samples the rate is the number of
 * {@code i} in {@code [1, n)} with {@code (x[i] < 0) != (x[i-1] < 0)}, divided by the {@code n - 1} pairs; 0 when
 * {@code n < 2}. The value is in [0, 1]: alternating ±1 reads 1, a constant reads 0, a sine of {@code f} Hz at
 * {@code fs} Hz reads about {@code 2f/fs}.
 *
 * <p>Compared with {@code librosa.feature.zero_crossing_rate}: librosa divides by {@code n} instead of {@code n - 1}
 * (a factor {@code (n-1)/n}, under 0.05 % at n = 2048) and by default first sets {@code |x| <= 1e-10} to zero;
 * no such threshold is applied here.
 */
public final class ZeroCrossingRate {

    private ZeroCrossingRate() {
    }

    /**
     * The zero-crossing rate of {@code data[offset .. offset + length)}; 0 when {@code length < 2}. Allocates
     * nothing.
     *
     * @throws IndexOutOfBoundsException when the range is not inside {@code data}
     */
    public static double rate(float[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        if (length < 2) {
            return 0.0;
        }
        int crossings = 0;
        boolean previousNegative = data[offset] < 0f;
        for (int i = offset + 1, end = offset + length; i < end; i++) {
            boolean negative = data[i] < 0f;
            if (negative != previousNegative) {
                crossings++;
            }
            previousNegative = negative;
        }
        return (double) crossings / (length - 1);
    }
}
