package io.segue.stream.internal.metrics;

import io.segue.api.stream.LatencyStats;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A latency distribution recorded by one thread without locks or allocation, read by any thread. Buckets are 0.1 ms
 * wide up to 102.4 ms and 10 ms wide from there to about 10 s; percentiles are reported at a bucket's upper edge
 * (never optimistic), the maximum exactly.
 */
public final class LatencyHistogram {

    private static final long FINE_NANOS = 100_000;
    private static final int FINE_BUCKETS = 1024;
    private static final long COARSE_NANOS = 10_000_000;
    private static final int COARSE_BUCKETS = 1000;
    private static final long FINE_LIMIT_NANOS = FINE_NANOS * FINE_BUCKETS;

    private final AtomicLongArray counts = new AtomicLongArray(FINE_BUCKETS + COARSE_BUCKETS + 1);
    private volatile long total;
    private volatile long maxNanos;

    /** Records one latency; negative values (clock skew between threads) count as 0. Writer thread only. */
    public void record(long nanos) {
        long value = Math.max(0, nanos);
        int bucket = bucketOf(value);
        counts.setRelease(bucket, counts.getPlain(bucket) + 1);
        if (value > maxNanos) {
            maxNanos = value;
        }
        total = total + 1;
    }

    public LatencyStats stats() {
        long n = total;
        if (n == 0) {
            return LatencyStats.none();
        }
        return new LatencyStats(n, percentileMillis(n, 0.50), percentileMillis(n, 0.99), maxNanos / 1e6);
    }

    private double percentileMillis(long n, double quantile) {
        long rank = (long) Math.ceil(quantile * n);
        long seen = 0;
        for (int bucket = 0; bucket < counts.length(); bucket++) {
            seen += counts.getAcquire(bucket);
            if (seen >= rank) {
                return Math.min(upperEdgeNanos(bucket), maxNanos) / 1e6;
            }
        }
        return maxNanos / 1e6; // a record landed while we counted
    }

    static int bucketOf(long nanos) {
        if (nanos < FINE_LIMIT_NANOS) {
            return (int) (nanos / FINE_NANOS);
        }
        return (int) Math.min(FINE_BUCKETS + (nanos - FINE_LIMIT_NANOS) / COARSE_NANOS, FINE_BUCKETS + COARSE_BUCKETS);
    }

    static long upperEdgeNanos(int bucket) {
        if (bucket < FINE_BUCKETS) {
            return (bucket + 1) * FINE_NANOS;
        }
        if (bucket < FINE_BUCKETS + COARSE_BUCKETS) {
            return FINE_LIMIT_NANOS + (bucket - FINE_BUCKETS + 1) * COARSE_NANOS;
        }
        return Long.MAX_VALUE;
    }
}
