package io.segue.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The no-allocation tests are only worth something if the measurement sees allocation. */
class AllocationsTest {

    private volatile Object sink;

    @Test
    void seesAnAllocationPerCall() {
        long bytes = Allocations.bytesAllocatedBy(() -> sink = new float[16], 10_000);
        assertTrue(bytes >= 10_000L * 64, bytes + " bytes");
    }

    @Test
    void seesNoneWhenNothingIsAllocated() {
        float[] data = new float[16];
        long bytes = Allocations.bytesAllocatedBy(() -> data[0] += 1f, 10_000);
        assertTrue(bytes < 1024, bytes + " bytes");
    }
}
