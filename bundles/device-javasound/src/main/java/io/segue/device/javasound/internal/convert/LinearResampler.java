package io.segue.device.javasound.internal.convert;

/**
 * Changes the sample rate of an interleaved stream by linear interpolation between neighbouring input frames.
 *
 * <p>Output frame {@code k} sits at input time {@code k · inRate / outRate}; the position is kept as an exact
 * fraction (a numerator over {@code outRate}), so it never drifts however long the stream runs. The stream may be
 * fed in blocks of any size: the output is the same as for one long block.
 *
 * <p>Quality: there is no low-pass filter. Linear interpolation attenuates a tone at frequency {@code f} by about
 * {@code sinc²(f / inRate)} (0.01 dB for 1 kHz at 44.1 kHz), and when downsampling, content above the new Nyquist
 * frequency folds back (aliases). That is acceptable for analysis of music captured at 44.1/48 kHz into 22.05 kHz
 * (most energy is far below 11 kHz), not for listening; a windowed-sinc resampler can replace this class behind
 * the same methods.
 *
 * <p>Allocation-free after construction. Not thread-safe: one stream, one thread.
 */
public final class LinearResampler {

    private final int channels;
    private final int inRateHz;
    private final int outRateHz;
    private final float[] previous;
    private boolean primed;
    /** The next output's position after {@link #previous}, in units of {@code 1 / outRateHz} input frames. */
    private long phase;

    /** @throws IllegalArgumentException when a rate or the channel count is not positive */
    public LinearResampler(int channels, int inRateHz, int outRateHz) {
        if (channels <= 0 || inRateHz <= 0 || outRateHz <= 0) {
            throw new IllegalArgumentException("channels and rates must be positive, were " + channels + ", "
                    + inRateHz + " Hz and " + outRateHz + " Hz");
        }
        this.channels = channels;
        this.inRateHz = inRateHz;
        this.outRateHz = outRateHz;
        this.previous = new float[channels];
    }

    public int inRateHz() {
        return inRateHz;
    }

    public int outRateHz() {
        return outRateHz;
    }

    /** The most output frames {@link #process} can produce from {@code inFrames} input frames. */
    public int maxOutputFrames(int inFrames) {
        return (int) ((long) inFrames * outRateHz / inRateHz) + 2;
    }

    /**
     * Consumes {@code inFrames} frames from {@code in} (from index 0) and writes the output frames they complete to
     * {@code out} (from index 0), which must hold {@link #maxOutputFrames(int) maxOutputFrames(inFrames)} frames.
     *
     * @return the number of output frames written
     */
    public int process(float[] in, int inFrames, float[] out) {
        int produced = 0;
        int from = 0;
        if (!primed && inFrames > 0) {
            System.arraycopy(in, 0, previous, 0, channels);
            primed = true;
            from = 1;
        }
        for (int f = from; f < inFrames; f++) {
            int base = f * channels;
            while (phase < outRateHz) {
                float t = (float) phase / outRateHz;
                int o = produced * channels;
                for (int c = 0; c < channels; c++) {
                    float a = previous[c];
                    out[o + c] = a + (in[base + c] - a) * t;
                }
                produced++;
                phase += inRateHz;
            }
            phase -= outRateHz;
            System.arraycopy(in, base, previous, 0, channels);
        }
        return produced;
    }

    /** Forgets the stream: the next block starts a new one. */
    public void reset() {
        primed = false;
        phase = 0;
    }
}
