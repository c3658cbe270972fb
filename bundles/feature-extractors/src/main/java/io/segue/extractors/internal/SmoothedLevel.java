package io.segue.extractors.internal;

/**
 * An exponential moving average of a per-frame value: {@code level += alpha (x - level)} with
 * {@code alpha = 1 - exp(-1 / (timeConstantSeconds * framesPerSecond))}, starting at 0. Plain Java.
 */
public final class SmoothedLevel {

    private final double alpha;
    private double level;

    /**
     * @throws IllegalArgumentException when the time constant or the frame rate is not positive
     */
    public SmoothedLevel(double timeConstantSeconds, double framesPerSecond) {
        if (!(timeConstantSeconds > 0 && framesPerSecond > 0)) {
            throw new IllegalArgumentException("timeConstantSeconds and framesPerSecond must be positive, were "
                    + timeConstantSeconds + " and " + framesPerSecond);
        }
        this.alpha = 1 - Math.exp(-1 / (timeConstantSeconds * framesPerSecond));
    }

    /** Takes the next frame's value. */
    public void add(double value) {
        level += alpha * (value - level);
    }

    /** The level after the values so far, 0 before any. */
    public double value() {
        return level;
    }

    /** Back to 0. */
    public void reset() {
        level = 0;
    }
}
