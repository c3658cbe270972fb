package io.segue.testing.audio;

/** Measurements of a tone in a test signal. */
public final class ToneMeasure {

    private ToneMeasure() {
    }

    /**
     * The frequency of a periodic mono signal {@code x[from .. to)} from its rising zero crossings, each placed
     * between two samples by linear interpolation.
     *
     * @throws AssertionError when the range has fewer than two rising zero crossings
     */
    public static double frequencyHz(float[] x, int from, int to, int sampleRateHz) {
        double first = -1;
        double last = -1;
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if (x[i - 1] < 0 && x[i] >= 0) {
                double t = i - 1 + -x[i - 1] / (double) (x[i] - x[i - 1]);
                if (first < 0) {
                    first = t;
                }
                last = t;
                crossings++;
            }
        }
        if (crossings < 2) {
            throw new AssertionError("fewer than two rising zero crossings");
        }
        return (crossings - 1) * sampleRateHz / (last - first);
    }
}
