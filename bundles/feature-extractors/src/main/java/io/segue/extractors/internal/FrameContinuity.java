package io.segue.extractors.internal;

/**
 * Whether each frame continues the one before it in the stream: the one gap rule of the extractors. Plain Java,
 * allocation-free.
 *
 * <p>Rule: a frame <b>continues</b> the previous one when its {@code startSample} is the previous frame's plus
 * {@code hopSize}, exactly as the pipeline frames a stream. Anything else (a start that jumps further: dropped chunks;
 * a start that moves less or goes back: the position was reset without {@code reset()}) is a <b>break</b>: the stream
 * is discontinuous there and state built from the earlier frames (references, envelopes, filters, windows) starts over.
 * The first frame after construction or {@link #reset()} is a break too.
 *
 * <p>For consumers that take each sample once (loudness, filters), {@link #newSamples()} is how many of the frame's
 * last samples are new: {@code min(windowSize, hopSize)} after {@link #next} returned {@code true}, the whole window
 * after a break (the samples before it are treated as unknown, not as continuing the previous window).
 */
public final class FrameContinuity {

    private final int windowSize;
    private final int hopSize;
    private boolean started;
    private long expectedStart;
    private boolean continues;

    /**
     * @throws IllegalArgumentException when a size is not positive
     */
    public FrameContinuity(int windowSize, int hopSize) {
        if (windowSize < 1 || hopSize < 1) {
            throw new IllegalArgumentException(
                    "windowSize and hopSize must be positive, were " + windowSize + " and " + hopSize);
        }
        this.windowSize = windowSize;
        this.hopSize = hopSize;
    }

    /**
     * Takes the next frame's start.
     *
     * @return {@code true} when it continues the previous frame, {@code false} after a break (or for the first frame)
     */
    public boolean next(long startSample) {
        continues = started && startSample == expectedStart;
        started = true;
        expectedStart = startSample + hopSize;
        return continues;
    }

    /** How many of the last frame's samples (the window's last ones) are new: see the class comment. */
    public int newSamples() {
        return continues ? Math.min(windowSize, hopSize) : windowSize;
    }

    /** Forgets the previous frame: the next one starts the stream. */
    public void reset() {
        started = false;
        continues = false;
    }
}
