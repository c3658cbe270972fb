package io.segue.api.stream;

/**
 * A latency distribution over a stream's recent chunks or frames.
 *
 * @param count     how many were measured
 * @param p50Millis the median, in milliseconds ({@code NaN} when none was measured)
 * @param p99Millis the 99th percentile
 * @param maxMillis the largest
 */
public record LatencyStats(long count, double p50Millis, double p99Millis, double maxMillis) {

    /** Nothing measured yet. */
    public static LatencyStats none() {
        return new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN);
    }
}
