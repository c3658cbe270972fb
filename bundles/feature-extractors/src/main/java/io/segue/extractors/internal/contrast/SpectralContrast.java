package io.segue.extractors.internal.contrast;

import java.util.Locale;
import java.util.Objects;

/**
 * Octave-band spectral contrast (Jiang et al. 2002) as {@code librosa.feature.spectral_contrast}: per band, how far the
 * spectrum's peaks stand above its valleys, in dB.
 *
 * <p>Band edges: {@code e = [0, fmin, 2 fmin, 4 fmin, ..., 2^bands fmin]}, giving {@code bands + 1} bands, band
 * {@code i} nominally {@code [e[i], e[i+1]]} (librosa's defaults: {@code fmin} 200 Hz, 6 bands, edges 0, 200, 400,
 * 800, 1600, 3200, 6400, 12800 Hz). The bins of band {@code i}, with bin {@code k} at {@code f(k) = k * sampleRateHz
 * / windowSize}, follow librosa's rules exactly:
 * <ol>
 * <li>start with the bins {@code e[i] <= f(k) <= e[i+1]};</li>
 * <li>except for the first band, add the bin just below them;</li>
 * <li>the last band also takes every bin above its upper edge, up to Nyquist (so its edge may exceed Nyquist);</li>
 * <li>{@code q = max(1, rint(quantile * count))} with {@code count} the bins so far (rint rounds half to even, as
 * numpy does), capped at the band's size;</li>
 * <li>except for the last band, drop the band's highest bin (so neighbouring bands share at most one bin).</li>
 * </ol>
 * At 22050 Hz and window 2048 the bands are bins 0-17, 18-36, 37-73, 74-147, 148-296, 297-593 and 594-1024, with
 * {@code q} 1, 1, 1, 2 (0.02 * 75 = 1.5 rounds to even), 3, 6 and 9.
 *
 * <p>Value: {@code valley} is the mean of the band's {@code q} smallest magnitudes, {@code peak} the mean of its
 * {@code q} largest, and the contrast is {@code 10 log10(max(FLOOR, peak)) - 10 log10(max(FLOOR, valley))} dB with
 * {@link #FLOOR} = 1e-10, librosa's {@code power_to_db} floor {@code amin} (librosa applies {@code power_to_db} to
 * magnitudes here, hence 10, not 20, times the log). Unlike librosa this does not clip each of peak and valley to
 * {@code top_db} = 80 dB below their maximum over the whole input, which a stream cannot know: the values agree with
 * librosa's wherever that clipping does not act. A contrast is never negative; silence gives 0 dB in every band
 * (peak and valley both at the floor). Magnitudes must be finite and non-negative.
 *
 * <p>The bands are laid out once in the constructor; {@link #compute} allocates nothing. Not thread-safe: it reorders
 * magnitudes in a scratch buffer.
 */
public final class SpectralContrast {

    /** librosa's default number of octave bands above the first, {@code n_bands}. */
    public static final int DEFAULT_OCTAVES = 6;

    /** librosa's default upper edge of the first band, {@code fmin}, in Hz. */
    public static final double DEFAULT_FMIN_HZ = 200.0;

    /** librosa's default share of a band's bins averaged for its peak and for its valley. */
    public static final double DEFAULT_QUANTILE = 0.02;

    /** The floor on peak and valley magnitudes before the logarithm: {@code power_to_db}'s {@code amin}. */
    public static final double FLOOR = 1e-10;

    /** Fewest bins a band may hold: with one, peak and valley would always be equal. */
    static final int MIN_BINS_PER_BAND = 2;

    /** Quantiles of up to this many bins are found with heaps, larger ones by quickselect. */
    private static final int SMALL_QUANTILE = 16;

    private final int spectrumSize;
    private final int[] firstBin;
    private final int[] endBin;
    private final int[] quantileBins;
    private final float[] scratch;
    private final float[] smallest = new float[SMALL_QUANTILE];
    private final float[] largest = new float[SMALL_QUANTILE];

    /**
     * Lays out the bands for a spectrum of {@code windowSize / 2 + 1} bins.
     *
     * @param octaves  bands above the first, librosa's {@code n_bands}, at least 1
     * @param fminHz   the upper edge of the first band, positive
     * @param quantile share of each band's bins for its peak and its valley, in (0, 1)
     * @throws IllegalArgumentException when a parameter is out of range, when a band's lower edge
     *                                  {@code fmin * 2^(octaves-1)} is not below the Nyquist frequency, or when a band
     *                                  would hold fewer than 2 bins (the window is too short for the bands)
     */
    public SpectralContrast(int sampleRateHz, int windowSize, int octaves, double fminHz, double quantile) {
        if (sampleRateHz <= 0 || windowSize < 2) {
            throw new IllegalArgumentException(
                    "needs a positive sample rate and a window of at least 2 samples, was " + sampleRateHz
                            + " Hz and " + windowSize);
        }
        if (octaves < 1) {
            throw new IllegalArgumentException("octaves must be >= 1, was " + octaves);
        }
        if (!(fminHz > 0.0) || Double.isInfinite(fminHz)) {
            throw new IllegalArgumentException("fminHz must be positive and finite, was " + fminHz);
        }
        if (!(quantile > 0.0 && quantile < 1.0)) {
            throw new IllegalArgumentException("quantile must be in (0, 1), was " + quantile);
        }
        double nyquistHz = sampleRateHz / 2.0;
        double highestLowerEdgeHz = fminHz * Math.pow(2.0, octaves - 1);
        if (highestLowerEdgeHz >= nyquistHz) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "spectral contrast: the top band starts at %.0f Hz, not below the Nyquist frequency %.0f Hz of "
                            + "%d Hz; needs a sample rate above %.0f Hz",
                    highestLowerEdgeHz, nyquistHz, sampleRateHz, 2 * highestLowerEdgeHz));
        }
        this.spectrumSize = windowSize / 2 + 1;
        int bands = octaves + 1;
        this.firstBin = new int[bands];
        this.endBin = new int[bands];
        this.quantileBins = new int[bands];
        int widest = 0;
        for (int band = 0; band < bands; band++) {
            double lowHz = band == 0 ? 0.0 : fminHz * Math.pow(2.0, band - 1);
            double highHz = fminHz * Math.pow(2.0, band);
            boolean last = band == bands - 1;
            // bins k with lowHz <= k * sampleRateHz / windowSize <= highHz
            int low = 0;
            while (low < spectrumSize && binHz(low, sampleRateHz, windowSize) < lowHz) {
                low++;
            }
            int high = low - 1;
            while (high + 1 < spectrumSize && binHz(high + 1, sampleRateHz, windowSize) <= highHz) {
                high++;
            }
            if (high < low) {
                throw tooFewBins(band, lowHz, highHz, sampleRateHz, windowSize);
            }
            int first = band == 0 ? low : low - 1;
            int end = last ? spectrumSize : high + 1;
            int count = end - first;
            int size = last ? count : count - 1;
            if (size < MIN_BINS_PER_BAND) {
                throw tooFewBins(band, lowHz, highHz, sampleRateHz, windowSize);
            }
            firstBin[band] = first;
            endBin[band] = first + size;
            quantileBins[band] = Math.min(size, Math.max(1, (int) Math.rint(quantile * count)));
            widest = Math.max(widest, size);
        }
        this.scratch = new float[widest];
    }

    /** The default layout: {@value #DEFAULT_OCTAVES} octaves above {@value #DEFAULT_FMIN_HZ} Hz, quantile 0.02. */
    public static SpectralContrast withDefaults(int sampleRateHz, int windowSize) {
        return new SpectralContrast(sampleRateHz, windowSize, DEFAULT_OCTAVES, DEFAULT_FMIN_HZ, DEFAULT_QUANTILE);
    }

    /** The number of bands and of values {@link #compute} writes: octaves + 1. */
    public int bands() {
        return firstBin.length;
    }

    /** The first bin of {@code band}. */
    public int firstBin(int band) {
        return firstBin[band];
    }

    /** One past the last bin of {@code band}. */
    public int endBin(int band) {
        return endBin[band];
    }

    /** How many of {@code band}'s smallest (and largest) magnitudes make its valley (and peak). */
    public int quantileBins(int band) {
        return quantileBins[band];
    }

    /**
     * Writes the contrast in dB of each band of {@code magnitudes} to {@code out[offset .. offset + bands())}, lowest
     * band first. Allocates nothing.
     *
     * @throws IllegalArgumentException  when {@code magnitudes} is not {@code windowSize / 2 + 1} long
     * @throws IndexOutOfBoundsException when {@code out} has no room for {@link #bands()} values from {@code offset}
     */
    public void compute(float[] magnitudes, float[] out, int offset) {
        if (magnitudes.length != spectrumSize) {
            throw new IllegalArgumentException(
                    "expects spectra of " + spectrumSize + " bins, got " + magnitudes.length);
        }
        Objects.checkFromIndexSize(offset, firstBin.length, out.length);
        for (int band = 0; band < firstBin.length; band++) {
            int first = firstBin[band];
            int size = endBin[band] - first;
            int q = quantileBins[band];
            double valley;
            double peak;
            if (q <= SMALL_QUANTILE) {
                extremes(magnitudes, first, size, q);
                valley = sum(smallest, 0, q) / q;
                peak = sum(largest, 0, q) / q;
            } else {
                System.arraycopy(magnitudes, first, scratch, 0, size);
                Selection.select(scratch, 0, size, q - 1);
                valley = sum(scratch, 0, q) / q;
                Selection.select(scratch, 0, size, size - q);
                peak = sum(scratch, size - q, size) / q;
            }
            out[offset + band] = (float) (decibels(peak) - decibels(valley));
        }
    }

    /**
     * Leaves the {@code q} smallest of {@code values[from .. from + size)} in {@code smallest[0 .. q)} and the
     * {@code q} largest in {@code largest[0 .. q)}, in one pass over the band with two heaps of {@code q}: for the
     * few bins of a quantile this beats two quickselects over a copy of the band, and a heap keeps a spectrum that
     * falls steadily with frequency (each bin a new smallest) from costing {@code q} moves per bin.
     */
    private void extremes(float[] values, int from, int size, int q) {
        int end = from + size;
        for (int i = 0; i < q; i++) {
            siftUp(smallest, i, values[end - 1 - i], true);
            siftUp(largest, i, values[from + i], false);
        }
        // spectra mostly fall with frequency: looking for the smallest from the top of the band down and for the
        // largest from the bottom up, most bins are no candidate and cost one comparison
        for (int i = end - 1 - q; i >= from; i--) {
            if (values[i] < smallest[0]) {
                siftDown(smallest, q, values[i], true);
            }
        }
        for (int i = from + q; i < end; i++) {
            if (values[i] > largest[0]) {
                siftDown(largest, q, values[i], false);
            }
        }
    }

    /** Adds {@code v} at {@code heap[size]} of a max-heap ({@code max}) or a min-heap, moving it up into place. */
    private static void siftUp(float[] heap, int size, float v, boolean max) {
        int i = size;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (max ? heap[parent] >= v : heap[parent] <= v) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = v;
    }

    /** Replaces the root of a heap of {@code size} with {@code v} and moves it down into place. */
    private static void siftDown(float[] heap, int size, float v, boolean max) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && (max ? heap[child + 1] > heap[child] : heap[child + 1] < heap[child])) {
                child++;
            }
            if (max ? heap[child] <= v : heap[child] >= v) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = v;
    }

    private static double decibels(double magnitude) {
        return 10.0 * Math.log10(Math.max(FLOOR, magnitude));
    }

    private static double sum(float[] values, int from, int to) {
        double sum = 0.0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum;
    }

    private static double binHz(int bin, int sampleRateHz, int windowSize) {
        return (double) bin * sampleRateHz / windowSize;
    }

    private static IllegalArgumentException tooFewBins(int band, double lowHz, double highHz, int sampleRateHz,
            int windowSize) {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "spectral contrast: band %d (%.0f-%.0f Hz) would hold fewer than %d bins of %.1f Hz at %d Hz with "
                        + "window %d; use a longer window",
                band, lowHz, highHz, MIN_BINS_PER_BAND, (double) sampleRateHz / windowSize, sampleRateHz,
                windowSize));
    }
}
