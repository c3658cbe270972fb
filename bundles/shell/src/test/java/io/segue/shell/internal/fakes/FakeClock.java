package io.segue.shell.internal.fakes;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A nanosecond clock that moves only when told; starts away from 0 so that code cannot assume an origin. */
public final class FakeClock implements LongSupplier {

    private long nanos = 7_000_000_000L;

    @Override
    public long getAsLong() {
        return nanos;
    }

    public void advance(Duration duration) {
        nanos += duration.toNanos();
    }
}
