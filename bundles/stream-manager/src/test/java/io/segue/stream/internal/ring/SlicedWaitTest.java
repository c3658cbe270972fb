package io.segue.stream.internal.ring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

class SlicedWaitTest {

    private final ReentrantLock lock = new ReentrantLock();

    @Test
    void nothingToWaitForEndsAtOnce() throws Exception {
        List<Long> slices = new ArrayList<>();
        Optional<String> item = SlicedWait.await(lock, Duration.ofSeconds(10), () -> true, timeout -> {
            slices.add(timeout);
            return Optional.of("never asked");
        });
        assertEquals(Optional.empty(), item);
        assertEquals(List.of(), slices);
    }

    @Test
    void everySliceAsksAnewAndIsAtMostOneSliceLong() throws Exception {
        List<Long> slices = new ArrayList<>();
        Optional<String> item = SlicedWait.await(lock, Duration.ofSeconds(10), () -> false, timeout -> {
            slices.add(timeout);
            return slices.size() == 3 ? Optional.of("third") : Optional.empty();
        });
        assertEquals(Optional.of("third"), item);
        assertEquals(3, slices.size());
        assertTrue(slices.stream().allMatch(s -> s <= SlicedWait.SLICE_NANOS), slices.toString());
    }

    @Test
    void aCallerQueuedBehindAnotherGivesUpWithinItsOwnTimeout() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return SlicedWait.await(lock, Duration.ofSeconds(30), () -> false, timeout -> {
                    holding.countDown();
                    release.await(30, TimeUnit.SECONDS);
                    return Optional.of("first");
                });
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        long started = System.nanoTime();
        Optional<String> second = SlicedWait.await(lock, Duration.ofMillis(50), () -> false,
                timeout -> Optional.of("second"));
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        release.countDown();
        assertEquals(Optional.empty(), second);
        assertTrue(waitedMillis < 5_000, "gave up after " + waitedMillis + " ms, not after the first caller");
        assertEquals(Optional.of("first"), first.get(10, TimeUnit.SECONDS));
    }
}
