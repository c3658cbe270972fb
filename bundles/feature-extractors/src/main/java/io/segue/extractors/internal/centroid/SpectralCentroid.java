package io.segue.extractors.internal.centroid;

import io.segue.extractors.internal.Sums;
import java.util.Objects;

/**
 * Spectral centroid: the magnitude-weighted mean frequency of a magnitude spectrum, as
 * {@code librosa.feature.spectral_centroid}.
 *
 * <p>Definition: for magnitudes {@code m[0 .. n)} with bin {@code k} at {@code f(k) = k * binWidthHz}, the centroid
 * is {@code sum(f(k) * m[k]) / sum(m[k])} in Hz, summed in double precision. Magnitudes are weighted as they are
 * (not squared). When the magnitudes sum to 0 (silence, or {@code n == 0}) the centroid is defined as 0 Hz, never
 * NaN. Magnitudes must be finite and non-negative; the result is then in {@code [0, (n-1) * binWidthHz]}, the
 * Nyquist frequency for a full {@code windowSize/2 + 1}-bin spectrum.
 */
public final class SpectralCentroid {

    private SpectralCentroid() {
    }

    /**
     * The centroid in Hz of the spectrum {@code magnitudes[offset .. offset + length)}, whose first bin is at 0 Hz;
     * 0 when the magnitudes sum to 0. Allocates nothing.
     *
     * @param binWidthHz the spacing of the bins, {@code sampleRateHz / windowSize}
     * @throws IndexOutOfBoundsException when the range is not inside {@code magnitudes}
     */
    public static double centroidHz(float[] magnitudes, int offset, int length, double binWidthHz) {
        Objects.checkFromIndexSize(offset, length, magnitudes.length);
        double total = Sums.sum(magnitudes, offset, length);
        return total > 0.0 ? binWidthHz * Sums.indexWeighted(magnitudes, offset, length) / total : 0.0;
    }
}
