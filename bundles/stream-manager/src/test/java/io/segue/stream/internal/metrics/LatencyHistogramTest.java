package io.segue.stream.internal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.stream.LatencyStats;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void emptyHasNoPercentiles() {
        LatencyStats stats = new LatencyHistogram().stats();
        assertEquals(0, stats.count());
        assertTrue(Double.isNaN(stats.p50Millis()));
    }

    @Test
    void percentilesAreWithinABucketAboveTheTrueValueAndTheMaximumIsExact() {
        LatencyHistogram histogram = new LatencyHistogram();
        // 1..1000 microseconds times 10: 0.01 .. 10 ms, uniformly
        for (int i = 1; i <= 1000; i++) {
            histogram.record(i * 10_000L);
        }
        histogram.record(2_345_678_900L); // one outlier of 2.35 s
        LatencyStats stats = histogram.stats();
        assertEquals(1001, stats.count());
        assertEquals(5.0, stats.p50Millis(), 0.1 + 1e-9);
        assertTrue(stats.p50Millis() >= 5.0, "never optimistic");
        assertEquals(9.9, stats.p99Millis(), 0.1 + 1e-9);
        assertEquals(2345.6789, stats.maxMillis(), 1e-9);
    }

    @Test
    void negativeAndHugeValuesLandInTheEndBuckets() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(-5);
        histogram.record(Long.MAX_VALUE);
        assertEquals(2, histogram.stats().count());
        assertEquals(0, LatencyHistogram.bucketOf(0));
        assertEquals(2024, LatencyHistogram.bucketOf(Long.MAX_VALUE));
        assertEquals(Long.MAX_VALUE / 1e6, histogram.stats().maxMillis(), 1);
    }
}
