package io.segue.itests;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until a condition holds or a timeout passes: tests wait for what they need, never for a fixed time. */
public final class Await {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private Await() {
    }

    /**
     * Returns once {@code condition} holds.
     *
     * @throws AssertionError when it does not hold within {@code timeout}; the message says what was awaited
     */
    public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> what) {
        until(condition::getAsBoolean, holds -> holds, timeout, ignored -> what.get());
    }

    /**
     * Polls {@code probe} until its value satisfies {@code condition}, and returns that value.
     *
     * @throws AssertionError when no value satisfies it within {@code timeout}; the message names the last value
     */
    public static <T> T until(Supplier<T> probe, Predicate<? super T> condition, Duration timeout, String what) {
        return until(probe, condition, timeout, last -> what + "; last value: " + last);
    }

    private static <T> T until(Supplier<T> probe, Predicate<? super T> condition, Duration timeout,
            Function<T, String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (condition.test(value)) {
                return value;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError("not within " + timeout.toMillis() + " ms: " + failure.apply(value));
            }
            if (Thread.interrupted()) {
                throw new AssertionError("interrupted while waiting: " + failure.apply(value));
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
