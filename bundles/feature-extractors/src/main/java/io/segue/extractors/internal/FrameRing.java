package io.segue.extractors.internal;

import java.util.Arrays;

/**
 * The last {@code capacity} values of a per-frame envelope, addressed by frame number (0 = the first pushed since
 * construction or {@link #clear()}). Plain Java, allocation-free after construction.
 */
public final class FrameRing {

    private final double[] values;
    private long newest = -1;

    /**
     * @throws IllegalArgumentException when {@code capacity < 1}
     */
    public FrameRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.values = new double[capacity];
    }

    /** Appends the next frame's value; returns its frame number. */
    public long push(double value) {
        newest++;
        values[(int) (newest % values.length)] = value;
        return newest;
    }

    /** Frames kept. */
    public int capacity() {
        return values.length;
    }

    /** The value of frame {@code frame}; 0 for a frame not pushed yet or no longer kept. */
    public double at(long frame) {
        if (frame < 0 || frame > newest || frame <= newest - values.length) {
            return 0;
        }
        return values[(int) (frame % values.length)];
    }

    /** Forgets every frame. */
    public void clear() {
        Arrays.fill(values, 0);
        newest = -1;
    }
}
