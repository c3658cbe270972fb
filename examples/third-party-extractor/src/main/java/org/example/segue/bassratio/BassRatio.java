package org.example.segue.bassratio;

import io.segue.api.feature.AnalysisFormat;

/**
 * The share of a magnitude spectrum's energy that lies in a frequency band, for each frame and smoothed over time.
 * Plain Java, no OSGi: it runs and is tested without a framework.
 *
 * <p>Definition, for the {@code n} magnitudes {@code m[k]} of a frame, bin {@code k} centred at
 * {@code f(k) = k * sampleRateHz / windowSize}:
 * <ul>
 * <li>band energy {@code B} = the sum of {@code m[k]^2} over the bins with {@code lowHz <= f(k) <= highHz};
 * total energy {@code T} = the sum of {@code m[k]^2} over all bins;</li>
 * <li>{@code ratio = B / T}, in [0, 1]; NaN when {@code T} is 0 (digital silence: there is no share to speak of) or
 * when no bin lies in the band (a band narrower than a bin, 10.8 Hz at 22050 Hz and a 2048-sample window);</li>
 * <li>{@code smoothed = B' / T'}, where {@code B'} and {@code T'} are exponential moving averages of {@code B} and
 * {@code T} with time constant {@code smoothingSeconds} (the newest frame weighs
 * {@code 1 - exp(-1 / (smoothingSeconds * framesPerSecond))}), both from 0: the bass share of what was heard over
 * about the last {@code smoothingSeconds}. Loud frames count more than quiet ones and silence leaves it as it was;
 * NaN until something has been heard.</li>
 * </ul>
 *
 * <p>New settings apply from the next frame; a new band restarts the smoothing (the old averages measured another
 * band), a new time constant keeps it. Not thread-safe; allocates nothing after construction.
 */
public final class BassRatio {

    private final AnalysisFormat format;
    private final int bins;

    private int firstBin;
    private int lastBin;
    private double alpha;
    private double ratio = Double.NaN;
    private double smoothedBand;
    private double smoothedTotal;

    public BassRatio(AnalysisFormat format, BassRatioSettings settings) {
        this.format = format;
        this.bins = format.spectrumSize();
        configure(settings);
    }

    /** Takes new settings, from the next frame on. */
    public void configure(BassRatioSettings settings) {
        int first = 0;
        while (first < bins && format.binFrequencyHz(first) < settings.lowHz()) {
            first++;
        }
        int last = bins - 1;
        while (last >= 0 && format.binFrequencyHz(last) > settings.highHz()) {
            last--;
        }
        if (first != firstBin || last != lastBin) {
            firstBin = first;
            lastBin = last;
            reset();
        }
        alpha = 1 - Math.exp(-1 / (settings.smoothingSeconds() * format.framesPerSecond()));
    }

    /**
     * Takes the next frame's spectrum.
     *
     * @param magnitudes {@code windowSize / 2 + 1} magnitudes from 0 Hz to Nyquist; read, not kept
     * @throws IllegalArgumentException when there are not {@code windowSize / 2 + 1} of them
     */
    public void add(float[] magnitudes) {
        if (magnitudes.length != bins) {
            throw new IllegalArgumentException("bass ratio: expected " + bins + " magnitudes (the format "
                    + format + "), got " + magnitudes.length);
        }
        double band = 0;
        double total = 0;
        for (int k = 0; k < bins; k++) {
            double energy = (double) magnitudes[k] * magnitudes[k];
            total += energy;
            if (k >= firstBin && k <= lastBin) {
                band += energy;
            }
        }
        ratio = total > 0 && hasBand() ? band / total : Double.NaN;
        smoothedBand += alpha * (band - smoothedBand);
        smoothedTotal += alpha * (total - smoothedTotal);
    }

    /** The last frame's share of energy in the band, 0..1, or NaN (see the class comment). */
    public double ratio() {
        return ratio;
    }

    /** The smoothed share, 0..1, or NaN before anything was heard (see the class comment). */
    public double smoothedRatio() {
        return smoothedTotal > 0 && hasBand() ? smoothedBand / smoothedTotal : Double.NaN;
    }

    /** Forgets every frame so far. */
    public void reset() {
        ratio = Double.NaN;
        smoothedBand = 0;
        smoothedTotal = 0;
    }

    private boolean hasBand() {
        return firstBin <= lastBin;
    }
}
