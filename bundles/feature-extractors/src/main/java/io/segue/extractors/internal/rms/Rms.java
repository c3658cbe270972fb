package io.segue.extractors.internal.rms;

import io.segue.extractors.internal.Sums;
import java.util.Objects;

/**
 * Root mean square of a block of samples: {@code sqrt((1/n) * sum(x[i]^2))} over its {@code n} samples, summed in
 * double precision. An empty block has RMS 0. For samples in [-1, 1] the value is in [0, 1]: a full-scale sine reads
 * {@code 1/sqrt(2)}, a constant {@code c} reads {@code |c|}.
 */
public final class Rms {

    private Rms() {
    }

    /**
     * The RMS of {@code data[offset .. offset + length)}; 0 when {@code length == 0}. Allocates nothing.
     *
     * @throws IndexOutOfBoundsException when the range is not inside {@code data}
     */
    public static double rms(float[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        if (length == 0) {
            return 0.0;
        }
        return Math.sqrt(Sums.sumOfSquares(data, offset, length) / length);
    }
}
