package io.segue.extractors.internal.flux;

import io.segue.extractors.internal.Sums;

/**
 * Spectral flux: how much the shape of the spectrum changed since the previous frame, independent of loudness, as
 * Essentia's {@code Flux} with {@code norm = "L2"} and L1-normalized spectra.
 *
 * <p>Definition: each frame's magnitudes {@code m[0 .. n)} are normalized to sum 1, {@code p[k] = m[k] / sum(m)} (an
 * all-zero spectrum stays the zero vector), and the flux of a frame is the Euclidean distance to the previous frame's
 * normalized spectrum, {@code sqrt(sum((p[k] - q[k])^2))}, in double precision. It is 0 for the first frame, when
 * there is no previous one. Scaling a spectrum changes nothing, so a fade alone gives 0. The value lies in
 * {@code [0, sqrt(2)]}: two unit-sum non-negative vectors are at most {@code sqrt(2)} apart, when all their weight sits
 * in two different single bins; between silence and sound it is {@code |p|}, at most 1.
 *
 * <p>State: the previous normalized spectrum, {@code n} doubles allocated in the constructor. One thread at a time.
 */
public final class SpectralFlux {

    private final double[] previous;
    private boolean hasPrevious;

    /**
     * @param bins the length of every spectrum this instance will see, {@code windowSize / 2 + 1}
     * @throws IllegalArgumentException when {@code bins} is negative
     */
    public SpectralFlux(int bins) {
        if (bins < 0) {
            throw new IllegalArgumentException("bins must be >= 0, was " + bins);
        }
        this.previous = new double[bins];
    }

    /** The number of bins of the spectra this instance compares. */
    public int bins() {
        return previous.length;
    }

    /**
     * The flux of {@code magnitudes} against the spectrum of the previous call (0 on the first call or the first after
     * {@link #reset()}), which it then replaces. Allocates nothing.
     *
     * @throws IllegalArgumentException when {@code magnitudes} is not {@link #bins()} long
     */
    public double next(float[] magnitudes) {
        if (magnitudes.length != previous.length) {
            throw new IllegalArgumentException(
                    "expects spectra of " + previous.length + " bins, got " + magnitudes.length);
        }
        double total = Sums.sum(magnitudes, 0, magnitudes.length);
        double scale = total > 0.0 ? 1.0 / total : 0.0;
        double squares = 0.0;
        for (int k = 0; k < previous.length; k++) {
            double p = magnitudes[k] * scale;
            double difference = p - previous[k];
            squares += difference * difference;
            previous[k] = p;
        }
        boolean first = !hasPrevious;
        hasPrevious = true;
        return first ? 0.0 : Math.sqrt(squares);
    }

    /** Forgets the previous spectrum: the next call is a first one. */
    public void reset() {
        hasPrevious = false;
    }
}
