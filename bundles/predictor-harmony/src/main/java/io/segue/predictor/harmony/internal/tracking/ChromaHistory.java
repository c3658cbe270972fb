package io.segue.predictor.harmony.internal.tracking;

import java.util.Arrays;

/**
 * The last {@link #CAPACITY} frames' chroma with their times, so that a beat can be averaged once its end is known
 * (the tempo extractor reports a beat a fifth of a period or more after it fell). Allocation-free after
 * construction.
 */
final class ChromaHistory {

    /** Frames kept: about 24 s at hop 512 and 22050 Hz, far more than a beat. */
    static final int CAPACITY = 1024;

    private final double[] seconds = new double[CAPACITY];
    private final float[] chroma = new float[CAPACITY * 12];
    private final boolean[] sounding = new boolean[CAPACITY];
    private int lastFrames;
    private int next;
    private int size;

    /** Keeps a frame; a silent one ({@code sound} false) counts in {@link #frames()} but not in the mean. */
    void add(double timeSeconds, float[] values, int offset, boolean sound) {
        seconds[next] = timeSeconds;
        sounding[next] = sound;
        System.arraycopy(values, offset, chroma, next * 12, 12);
        next = (next + 1) % CAPACITY;
        size = Math.min(CAPACITY, size + 1);
    }

    /**
     * Writes the mean chroma of the sounding frames timed in {@code [from, to)} to {@code mean}.
     *
     * @return the number of frames averaged; {@link #frames()} then tells how many frames, silent or not, fell there
     */
    int mean(double from, double to, double[] mean) {
        Arrays.fill(mean, 0);
        int count = 0;
        lastFrames = 0;
        for (int i = 0; i < size; i++) {
            int slot = Math.floorMod(next - 1 - i, CAPACITY);
            double t = seconds[slot];
            if (t < from) {
                break;
            }
            if (t < to) {
                lastFrames++;
                if (!sounding[slot]) {
                    continue;
                }
                for (int p = 0; p < 12; p++) {
                    mean[p] += chroma[slot * 12 + p];
                }
                count++;
            }
        }
        if (count > 0) {
            for (int p = 0; p < 12; p++) {
                mean[p] /= count;
            }
        }
        return count;
    }

    /** The frames, silent or not, in the span of the last {@link #mean}. */
    int frames() {
        return lastFrames;
    }

    void clear() {
        next = 0;
        size = 0;
    }
}
