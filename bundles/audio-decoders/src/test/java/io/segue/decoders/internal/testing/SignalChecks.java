package io.segue.decoders.internal.testing;

/** Measurements to compare a decoded signal with {@link FixtureSignal}. */
public final class SignalChecks {

    private SignalChecks() {
    }

    /** Root mean square of {@code x[from .. to)}. */
    public static double rms(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i] * (double) x[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    /** {@code a} relative to {@code b}, in decibels. */
    public static double decibels(double a, double b) {
        return 20 * Math.log10(a / b);
    }

    /**
     * The lag (in frames, within ±{@code maxLag}) at which {@code decoded} best matches {@code source} over
     * {@code source[from .. to)}: positive when the decoded signal comes late.
     */
    public static int bestLag(float[] source, float[] decoded, int from, int to, int maxLag) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            double score = 0;
            for (int i = from; i < to; i++) {
                int j = i + lag;
                if (j >= 0 && j < decoded.length) {
                    score += source[i] * (double) decoded[j];
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        return best;
    }

    /** Signal-to-error ratio of {@code decoded} against {@code source} over {@code [from .. to)}, in decibels. */
    public static double signalToErrorDb(float[] source, float[] decoded, int from, int to) {
        double signal = 0;
        double error = 0;
        for (int i = from; i < to; i++) {
            signal += source[i] * (double) source[i];
            double e = decoded[i] - (double) source[i];
            error += e * e;
        }
        return 10 * Math.log10(signal / error);
    }

    /**
     * The smallest ratio, over all beats, of the energy in the {@code windowFrames} after a beat onset to the energy
     * in the {@code windowFrames} before it: large when every kick is where the source has it.
     */
    public static double weakestOnsetRatio(float[] x, int[] beats, int windowFrames) {
        double weakest = Double.POSITIVE_INFINITY;
        for (int beat : beats) {
            if (beat < windowFrames) {
                continue;
            }
            double after = rms(x, beat, beat + windowFrames);
            double before = rms(x, beat - windowFrames, beat);
            weakest = Math.min(weakest, after / before);
        }
        return weakest;
    }
}
