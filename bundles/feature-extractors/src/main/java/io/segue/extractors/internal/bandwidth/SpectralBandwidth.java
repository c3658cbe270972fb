package io.segue.extractors.internal.bandwidth;

import io.segue.extractors.internal.Sums;
import java.util.Objects;

/**
 * Spectral bandwidth: the magnitude-weighted standard deviation of frequency around the spectral centroid, as
 * {@code librosa.feature.spectral_bandwidth} with its defaults ({@code p = 2}, {@code norm = True}).
 *
 * <p>Definition: for magnitudes {@code m[0 .. n)} with bin {@code k} at {@code f(k) = k * binWidthHz}, the spectrum is
 * normalized to a distribution {@code w[k] = m[k] / sum(m)} and the bandwidth is
 * {@code sqrt(sum(w[k] * (f(k) - c)^2))} in Hz, where {@code c} is the {@link SpectralCentroid} of the same
 * magnitudes. Magnitudes are weighted as they are (not squared), summed in double precision, in passes (total,
 * centroid, then deviations) so that a narrow spectrum high up does not lose its width to cancellation. When the magnitudes sum
 * to 0 (silence, or {@code n == 0}) the bandwidth is 0 Hz, as librosa gives. For finite non-negative magnitudes the
 * result lies in {@code [0, (n-1) * binWidthHz / 2]}: half the Nyquist frequency for a full spectrum, reached when the
 * energy is split evenly between 0 Hz and Nyquist.
 */
public final class SpectralBandwidth {

    private SpectralBandwidth() {
    }

    /**
     * The bandwidth in Hz of the spectrum {@code magnitudes[offset .. offset + length)}, whose first bin is at 0 Hz;
     * 0 when the magnitudes sum to 0. Allocates nothing.
     *
     * @param binWidthHz the spacing of the bins, {@code sampleRateHz / windowSize}
     * @throws IndexOutOfBoundsException when the range is not inside {@code magnitudes}
     */
    public static double bandwidthHz(float[] magnitudes, int offset, int length, double binWidthHz) {
        Objects.checkFromIndexSize(offset, length, magnitudes.length);
        double total = Sums.sum(magnitudes, offset, length);
        if (!(total > 0.0)) {
            return 0.0;
        }
        double centroidBin = Sums.indexWeighted(magnitudes, offset, length) / total;
        return binWidthHz * Math.sqrt(Sums.squaredDeviationWeighted(magnitudes, offset, length, centroidBin) / total);
    }
}
