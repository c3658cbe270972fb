package io.segue.device.mock.internal.signal;

/**
 * A mono signal source that never ends. Each call continues exactly where the previous one stopped, whatever the
 * chunk sizes, and allocates nothing.
 *
 * <p>Not thread-safe: one thread fills at a time.
 */
public interface SignalGenerator {

    /**
     * Writes the next {@code frames} samples into {@code buffer[offset .. offset + frames)}.
     *
     * @throws IndexOutOfBoundsException when the range does not fit in {@code buffer}
     */
    void fill(float[] buffer, int offset, int frames);
}
