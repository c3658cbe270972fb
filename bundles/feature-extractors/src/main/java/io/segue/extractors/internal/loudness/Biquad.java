package io.segue.extractors.internal.loudness;

/**
 * The coefficients of a second-order IIR section normalized to {@code a0 = 1}:
 * {@code H(z) = (b0 + b1 z^-1 + b2 z^-2) / (1 + a1 z^-1 + a2 z^-2)}, the form in which ITU-R BS.1770 publishes its
 * filters.
 */
public record Biquad(double b0, double b1, double b2, double a1, double a2) {

    /** {@code |H(e^{j w})|} at {@code hz} for a filter running at {@code sampleRateHz}. */
    public double magnitudeAt(double hz, double sampleRateHz) {
        double w = 2 * Math.PI * hz / sampleRateHz;
        double c1 = Math.cos(w);
        double s1 = Math.sin(w);
        double c2 = Math.cos(2 * w);
        double s2 = Math.sin(2 * w);
        double numRe = b0 + b1 * c1 + b2 * c2;
        double numIm = -(b1 * s1 + b2 * s2);
        double denRe = 1 + a1 * c1 + a2 * c2;
        double denIm = -(a1 * s1 + a2 * s2);
        return Math.hypot(numRe, numIm) / Math.hypot(denRe, denIm);
    }

    /** {@link #magnitudeAt} in dB. */
    public double gainDbAt(double hz, double sampleRateHz) {
        return 20 * Math.log10(magnitudeAt(hz, sampleRateHz));
    }
}
