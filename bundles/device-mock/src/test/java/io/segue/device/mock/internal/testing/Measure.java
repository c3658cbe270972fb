package io.segue.device.mock.internal.testing;

import io.segue.api.audio.AudioInput;
import io.segue.testing.Allocations;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Measurements on mono test signals. */
public final class Measure {

    private Measure() {
    }

    public static double peak(float[] x, int from, int to) {
        double peak = 0;
        for (int i = from; i < to; i++) {
            peak = Math.max(peak, Math.abs(x[i]));
        }
        return peak;
    }

    public static double mean(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    public static double rms(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum / x.length);
    }

    /** The indices where a non-zero run starts after a zero sample (or at index 0). */
    public static List<Integer> onsets(float[] x) {
        List<Integer> onsets = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (x[i] != 0 && (i == 0 || x[i - 1] == 0)) {
                onsets.add(i);
            }
        }
        return onsets;
    }

    /** The bytes the current thread has allocated so far. */
    /**
     * Bytes the current thread allocates over {@code reads} reads of 1024 frames from {@code input}, after
     * {@code warmUpReads} reads that let the JIT settle.
     */
    public static long bytesAllocatedByReads(AudioInput input, int warmUpReads, int reads) throws IOException {
        float[] buffer = new float[1024 * input.format().channels()];
        for (int i = 0; i < warmUpReads; i++) {
            input.read(buffer, 1024);
        }
        long before = Allocations.allocatedBytes(Thread.currentThread());
        for (int i = 0; i < reads; i++) {
            input.read(buffer, 1024);
        }
        return Allocations.allocatedBytes(Thread.currentThread()) - before;
    }
}
