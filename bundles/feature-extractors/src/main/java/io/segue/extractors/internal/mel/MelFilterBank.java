package io.segue.extractors.internal.mel;

import io.segue.api.feature.AnalysisFormat;
import java.util.Arrays;
import java.util.Objects;

/**
 * A bank of triangular filters on the Slaney mel scale, applied to a magnitude spectrum: the filters of
 * {@code librosa.filters.mel(sr, n_fft, n_mels, fmin, fmax, htk=False, norm='slaney')}.
 *
 * <p>Definition, for {@code bands} filters between {@code minHz} and {@code maxHz} on a spectrum of
 * {@code windowSize / 2 + 1} bins, bin {@code k} at {@code f(k) = k * sampleRateHz / windowSize}:
 * <ol>
 * <li>{@code bands + 2} edge frequencies {@code e[0 .. bands+1]}, equally spaced in mel from {@code mel(minHz)} to
 * {@code mel(maxHz)} and converted back to Hz ({@link #hzToMel}, {@link #melToHz});</li>
 * <li>filter {@code b} rises linearly in Hz from 0 at {@code e[b]} to its peak at {@code e[b+1]} and falls to 0 at
 * {@code e[b+2]}: {@code w_b(k) = max(0, min((f(k) - e[b]) / (e[b+1] - e[b]), (e[b+2] - f(k)) / (e[b+2] - e[b+1])))};
 * </li>
 * <li>Slaney normalisation: each filter is multiplied by {@code 2 / (e[b+2] - e[b])}, so that its triangle has unit
 * area over Hz (the discrete weights then sum to about {@code 1 / binWidthHz}).</li>
 * </ol>
 * Filter {@code b} of a power spectrum {@code P} is {@code sum_k w_b(k) * P[k]}.
 *
 * <p>The weights are stored sparsely, each filter as its first non-zero bin and its run of weights, so applying the
 * bank costs about two multiply-adds per spectrum bin. A filter narrower than the bin spacing may contain no bin at
 * all (librosa warns of "empty filters"); it then always reads 0, see {@link #emptyBands()}.
 *
 * <p>Immutable and thread-safe; {@link #powerBands} allocates nothing.
 */
public final class MelFilterBank {

    /** Hz per mel in the linear part of the Slaney scale, below {@value #LOG_START_HZ} Hz. */
    public static final double HZ_PER_MEL = 200.0 / 3.0;
    /** Where the Slaney scale turns logarithmic: 1000 Hz, i.e. 15 mel. */
    public static final double LOG_START_HZ = 1000.0;
    /** {@link #LOG_START_HZ} in mel: 15. */
    public static final double LOG_START_MEL = LOG_START_HZ / HZ_PER_MEL;
    /** Natural-log step per mel above 1 kHz: {@code ln(6.4) / 27} (27 mel per factor 6.4, 1 kHz to 6.4 kHz). */
    public static final double LOG_STEP = Math.log(6.4) / 27.0;

    private final int sampleRateHz;
    private final int windowSize;
    private final double[] edgesHz;
    private final int[] firstBin;
    private final int[] weightOffset;
    private final double[] weights;

    /**
     * The bank for {@code bands} filters from {@code minHz} to {@code maxHz} on the spectrum of a
     * {@code windowSize}-sample window at {@code sampleRateHz}.
     *
     * @throws IllegalArgumentException when {@code bands < 1}, {@code windowSize < 2}, {@code sampleRateHz < 1} or
     *                                  not {@code 0 <= minHz < maxHz}
     */
    public MelFilterBank(int bands, int sampleRateHz, int windowSize, double minHz, double maxHz) {
        if (bands < 1) {
            throw new IllegalArgumentException("bands must be positive, was " + bands);
        }
        if (sampleRateHz < 1 || windowSize < 2) {
            throw new IllegalArgumentException(
                    "need sampleRateHz >= 1 and windowSize >= 2, were " + sampleRateHz + " and " + windowSize);
        }
        if (!(minHz >= 0 && minHz < maxHz) || Double.isInfinite(maxHz)) {
            throw new IllegalArgumentException("need 0 <= minHz < maxHz, were " + minHz + " and " + maxHz);
        }
        this.sampleRateHz = sampleRateHz;
        this.windowSize = windowSize;
        this.edgesHz = new double[bands + 2];
        double minMel = hzToMel(minHz);
        double maxMel = hzToMel(maxHz);
        double stepMel = (maxMel - minMel) / (bands + 1);
        for (int i = 0; i < edgesHz.length; i++) {
            edgesHz[i] = melToHz(i == bands + 1 ? maxMel : minMel + i * stepMel);
        }

        int spectrumSize = windowSize / 2 + 1;
        double binWidthHz = (double) sampleRateHz / windowSize;
        this.firstBin = new int[bands];
        this.weightOffset = new int[bands + 1];
        double[] dense = new double[spectrumSize];
        // a bin lies strictly inside at most two triangles (e[b], e[b+2]), so 2 * spectrumSize weights suffice
        double[] packed = new double[2 * spectrumSize];
        int used = 0;
        for (int b = 0; b < bands; b++) {
            int first = -1;
            int last = -2;
            for (int k = 0; k < spectrumSize; k++) {
                dense[k] = triangle(b, k * binWidthHz);
                if (dense[k] > 0) {
                    if (first < 0) {
                        first = k;
                    }
                    last = k;
                }
            }
            firstBin[b] = Math.max(first, 0);
            weightOffset[b] = used;
            int count = last - first + 1;
            System.arraycopy(dense, Math.max(first, 0), packed, used, count);
            used += count;
        }
        weightOffset[bands] = used;
        this.weights = Arrays.copyOf(packed, used);
    }

    /** The bank of {@code bands} filters from 0 Hz to the Nyquist frequency for frames of {@code format}. */
    public static MelFilterBank forFormat(AnalysisFormat format, int bands) {
        Objects.requireNonNull(format, "format");
        return new MelFilterBank(bands, format.sampleRateHz(), format.windowSize(), 0.0,
                format.sampleRateHz() / 2.0);
    }

    /**
     * Hz to Slaney mel ({@code librosa.hz_to_mel(htk=False)}): {@code hz / (200/3)} below 1 kHz,
     * {@code 15 + ln(hz / 1000) / (ln(6.4) / 27)} from 1 kHz up. 1000 Hz is 15 mel, 440 Hz is 6.6 mel.
     */
    public static double hzToMel(double hz) {
        return hz >= LOG_START_HZ ? LOG_START_MEL + Math.log(hz / LOG_START_HZ) / LOG_STEP : hz / HZ_PER_MEL;
    }

    /** The inverse of {@link #hzToMel}: Slaney mel to Hz. */
    public static double melToHz(double mel) {
        return mel >= LOG_START_MEL ? LOG_START_HZ * Math.exp(LOG_STEP * (mel - LOG_START_MEL)) : mel * HZ_PER_MEL;
    }

    /**
     * The bands' power from a magnitude spectrum: {@code out[b] = sum_k w_b(k) * magnitudes[k]^2}, in double
     * precision. Allocates nothing.
     *
     * @throws IllegalArgumentException when {@code magnitudes} is not {@link #spectrumSize()} long or {@code out}
     *                                  is shorter than {@link #bands()}
     */
    public void powerBands(float[] magnitudes, double[] out) {
        if (magnitudes.length != spectrumSize() || out.length < bands()) {
            throw new IllegalArgumentException("need " + spectrumSize() + " magnitudes and room for " + bands()
                    + " bands, got " + magnitudes.length + " and " + out.length);
        }
        for (int b = 0, bands = firstBin.length; b < bands; b++) {
            double sum = 0.0;
            int k = firstBin[b];
            for (int i = weightOffset[b], end = weightOffset[b + 1]; i < end; i++, k++) {
                double m = magnitudes[k];
                sum += weights[i] * (m * m);
            }
            out[b] = sum;
        }
    }

    /** Number of filters. */
    public int bands() {
        return firstBin.length;
    }

    /** Bins of the spectrum the bank applies to: {@code windowSize / 2 + 1}. */
    public int spectrumSize() {
        return windowSize / 2 + 1;
    }

    public int sampleRateHz() {
        return sampleRateHz;
    }

    public int windowSize() {
        return windowSize;
    }

    /** Where filter {@code band} starts rising, in Hz: edge {@code band}. */
    public double lowerHz(int band) {
        Objects.checkIndex(band, bands());
        return edgesHz[band];
    }

    /** Where filter {@code band} peaks, in Hz: edge {@code band + 1}. */
    public double centerHz(int band) {
        Objects.checkIndex(band, bands());
        return edgesHz[band + 1];
    }

    /** Where filter {@code band} is back to 0, in Hz: edge {@code band + 2}. */
    public double upperHz(int band) {
        Objects.checkIndex(band, bands());
        return edgesHz[band + 2];
    }

    /** The first bin with a non-zero weight in filter {@code band} (0 for an empty filter). */
    public int firstBin(int band) {
        Objects.checkIndex(band, bands());
        return firstBin[band];
    }

    /** How many consecutive bins from {@link #firstBin} filter {@code band} weights; 0 for an empty filter. */
    public int binCount(int band) {
        Objects.checkIndex(band, bands());
        return weightOffset[band + 1] - weightOffset[band];
    }

    /** The weight of {@code bin} in filter {@code band}; 0 outside the filter. */
    public double weight(int band, int bin) {
        Objects.checkIndex(bin, spectrumSize());
        int i = bin - firstBin(band);
        return i >= 0 && i < binCount(band) ? weights[weightOffset[band] + i] : 0.0;
    }

    /** How many filters contain no bin of the spectrum (they always read 0): the window is too short for them. */
    public int emptyBands() {
        int empty = 0;
        for (int b = 0; b < bands(); b++) {
            if (binCount(b) == 0) {
                empty++;
            }
        }
        return empty;
    }

    private double triangle(int band, double hz) {
        double lower = edgesHz[band];
        double center = edgesHz[band + 1];
        double upper = edgesHz[band + 2];
        double rising = (hz - lower) / (center - lower);
        double falling = (upper - hz) / (upper - center);
        return Math.max(0.0, Math.min(rising, falling)) * (2.0 / (upper - lower));
    }
}
