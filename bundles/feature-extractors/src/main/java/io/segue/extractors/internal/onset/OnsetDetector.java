package io.segue.extractors.internal.onset;

import io.segue.extractors.internal.FrameRing;
import io.segue.extractors.internal.Peaks;
import io.segue.extractors.internal.SmoothedLevel;

/**
 * Causal peak picking on an onset strength envelope (one value per frame, e.g. {@link OnsetStrength#strength()}):
 * reports an onset one frame after its peak. Plain Java, allocation-free after construction.
 *
 * <p>Definition: the value {@code s[p]} of frame {@code p} is an onset, confirmed when frame {@code p + 1} arrives,
 * when all of these hold:
 * <ol>
 * <li>it is a local maximum: {@code s[p] > s[p-1]} and {@code s[p] >= s[p+1]};</li>
 * <li>it rises above the adaptive threshold {@code mean(s[p-W .. p-1]) + delta}, the mean over the
 * {@value #MEAN_SECONDS} s before it, where {@code delta = max(}{@value #ABSOLUTE_DELTA}{@code ,}
 * {@value #RELATIVE_DELTA}{@code * level)} and {@code level} is the exponential moving average of {@code s} with
 * time constant {@value #LEVEL_SECONDS} s (so the threshold follows the material's loudness and density, and an
 * envelope of dither stays below the absolute floor);</li>
 * <li>it is at least {@value #MIN_INTERVAL_SECONDS} s after the previous onset.</li>
 * </ol>
 * The onset's position is refined to a fraction of a frame by the parabola through {@code s[p-1], s[p], s[p+1]}.
 * {@link #push} returns its age: how many frames before the newest pushed frame the peak lies (between 0.5 and 1.5).
 */
public final class OnsetDetector {

    /** Length of the window of the adaptive threshold's mean, in seconds. */
    public static final double MEAN_SECONDS = 0.1;

    /** The smallest margin above the local mean, in strength units. */
    public static final double ABSOLUTE_DELTA = 0.02;

    /** The margin above the local mean as a fraction of the long-term level. */
    public static final double RELATIVE_DELTA = 0.5;

    /** Time constant of the long-term level, in seconds. */
    public static final double LEVEL_SECONDS = 2.0;

    /** The shortest time between two onsets, in seconds. */
    public static final double MIN_INTERVAL_SECONDS = 0.03;

    /** Time over which {@link #onsetRate()} counts onsets, in seconds. */
    public static final double RATE_SECONDS = 10.0;

    private final double framesPerSecond;
    private final int meanFrames;
    private final SmoothedLevel level;
    private final double minIntervalFrames;
    private final FrameRing ring;
    private final long[] onsetFrames;
    private final int rateFrames;
    private long frame = -1;
    private double lastOnsetFrame = Double.NEGATIVE_INFINITY;
    private int onsetCount;
    private int onsetHead;

    /**
     * @param framesPerSecond frames of the envelope per second ({@code sampleRateHz / hopSize})
     */
    public OnsetDetector(double framesPerSecond) {
        if (!(framesPerSecond > 0)) {
            throw new IllegalArgumentException("framesPerSecond must be positive, was " + framesPerSecond);
        }
        this.framesPerSecond = framesPerSecond;
        this.meanFrames = (int) Math.max(2, Math.round(MEAN_SECONDS * framesPerSecond));
        this.level = new SmoothedLevel(LEVEL_SECONDS, framesPerSecond);
        this.minIntervalFrames = MIN_INTERVAL_SECONDS * framesPerSecond;
        this.ring = new FrameRing(meanFrames + 3);
        this.rateFrames = (int) Math.ceil(RATE_SECONDS * framesPerSecond);
        // at most one onset per MIN_INTERVAL (and per two frames, a peak needs a lower neighbour)
        this.onsetFrames = new long[(int) Math.ceil(rateFrames / Math.max(2, minIntervalFrames)) + 2];
    }

    /**
     * Takes the strength of the next frame.
     *
     * @return the age in frames of an onset confirmed by this frame (the peak is that many frames before it), or
     *         NaN when none is
     */
    public double push(double strength) {
        frame = ring.push(strength);
        double before = level.value();
        level.add(strength);
        expireOnsets();
        if (frame < meanFrames + 2) {
            return Double.NaN;
        }
        double next = strength;
        double peak = ring.at(frame - 1);
        double previous = ring.at(frame - 2);
        if (!(peak > previous && peak >= next)) {
            return Double.NaN;
        }
        double mean = 0;
        for (int i = 2; i <= meanFrames + 1; i++) {
            mean += ring.at(frame - i);
        }
        mean /= meanFrames;
        double delta = Math.max(ABSOLUTE_DELTA, RELATIVE_DELTA * before);
        if (peak < mean + delta) {
            return Double.NaN;
        }
        double onsetFrame = frame - 1 + Peaks.parabolicOffset(previous, peak, next);
        if (onsetFrame - lastOnsetFrame < minIntervalFrames) {
            return Double.NaN;
        }
        lastOnsetFrame = onsetFrame;
        recordOnset();
        return frame - onsetFrame;
    }

    /**
     * Onsets per second over the last {@value #RATE_SECONDS} s (over the frames so far while fewer have been pushed);
     * 0 before the first frame.
     */
    public double onsetRate() {
        if (frame < 0) {
            return 0;
        }
        double span = Math.min(frame + 1, rateFrames) / framesPerSecond;
        return onsetCount / span;
    }

    /** Forgets every earlier frame. */
    public void reset() {
        ring.clear();
        frame = -1;
        level.reset();
        lastOnsetFrame = Double.NEGATIVE_INFINITY;
        onsetCount = 0;
        onsetHead = 0;
    }

    private void recordOnset() {
        if (onsetCount == onsetFrames.length) {
            onsetHead = (onsetHead + 1) % onsetFrames.length;
            onsetCount--;
        }
        onsetFrames[(onsetHead + onsetCount) % onsetFrames.length] = frame;
        onsetCount++;
    }

    private void expireOnsets() {
        while (onsetCount > 0 && onsetFrames[onsetHead] <= frame - rateFrames) {
            onsetHead = (onsetHead + 1) % onsetFrames.length;
            onsetCount--;
        }
    }
}
