package io.segue.extractors.internal.rolloff;

import java.util.Objects;

/**
 * Spectral roll-off: the frequency below which a given fraction of the spectrum's magnitude lies, as
 * {@code librosa.feature.spectral_rolloff}.
 *
 * <p>Definition: for magnitudes {@code m[0 .. n)} with bin {@code k} at {@code f(k) = k * binWidthHz} and a fraction
 * {@code r} in (0, 1), the roll-off is {@code f(j)} for the smallest {@code j} with
 * {@code m[0] + ... + m[j] >= r * sum(m)}: the centre frequency of the first bin at which the cumulative magnitude
 * reaches the fraction, never an interpolation between bins. Magnitudes are summed as they are (not squared), as
 * librosa does with the magnitude spectrum it computes by default, in double precision. When the magnitudes sum to 0
 * (silence) every cumulative sum reaches the threshold 0 at once, so the roll-off is the first bin, 0 Hz (librosa
 * gives the same); {@code n == 0} gives 0 Hz too. The result lies in {@code [0, (n-1) * binWidthHz]}.
 */
public final class SpectralRolloff {

    private SpectralRolloff() {
    }

    /**
     * The roll-off frequency in Hz of the spectrum {@code magnitudes[offset .. offset + length)}, whose first bin is at
     * 0 Hz. Allocates nothing.
     *
     * @param binWidthHz the spacing of the bins, {@code sampleRateHz / windowSize}
     * @param fraction   the share of the total magnitude to reach, in (0, 1); librosa's default is 0.85
     * @throws IndexOutOfBoundsException when the range is not inside {@code magnitudes}
     * @throws IllegalArgumentException  when {@code fraction} is not in (0, 1)
     */
    public static double rolloffHz(float[] magnitudes, int offset, int length, double binWidthHz, double fraction) {
        Objects.checkFromIndexSize(offset, length, magnitudes.length);
        if (!(fraction > 0.0 && fraction < 1.0)) {
            throw new IllegalArgumentException("roll-off fraction must be in (0, 1), was " + fraction);
        }
        double total = 0.0;
        for (int k = 0; k < length; k++) {
            total += magnitudes[offset + k];
        }
        double threshold = fraction * total;
        double cumulative = 0.0;
        for (int k = 0; k < length; k++) {
            cumulative += magnitudes[offset + k];
            if (cumulative >= threshold) {
                return k * binWidthHz;
            }
        }
        return 0.0;
    }
}
