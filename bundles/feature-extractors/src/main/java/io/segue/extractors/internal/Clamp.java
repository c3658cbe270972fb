package io.segue.extractors.internal;

/** Clamping of scores. */
public final class Clamp {

    private Clamp() {
    }

    /** {@code min(1, max(0, x))}: a score in 0..1. */
    public static double unit(double x) {
        return Math.min(1, Math.max(0, x));
    }
}
