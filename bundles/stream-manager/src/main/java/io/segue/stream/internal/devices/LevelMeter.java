package io.segue.stream.internal.devices;

/** Level, peak and clipping of a run of interleaved samples. */
final class LevelMeter {

    private static final double SILENCE_DBFS = -90;

    private double sumOfSquares;
    private double peak;
    private long samples;
    private long clipped;

    void add(float[] interleaved, int count) {
        for (int i = 0; i < count; i++) {
            double s = interleaved[i];
            double magnitude = Math.abs(s);
            sumOfSquares += s * s;
            if (magnitude > peak) {
                peak = magnitude;
            }
            if (magnitude >= 1.0) {
                clipped++;
            }
        }
        samples += count;
    }

    double rmsDbfs() {
        return samples == 0 ? Double.NEGATIVE_INFINITY : toDb(Math.sqrt(sumOfSquares / samples));
    }

    double peakDbfs() {
        return toDb(peak);
    }

    long clipped() {
        return clipped;
    }

    boolean silent() {
        return peakDbfs() < SILENCE_DBFS;
    }

    private static double toDb(double amplitude) {
        return amplitude == 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(amplitude);
    }
}
