package io.segue.extractors.internal;

/** Sub-frame (sub-bin) position of a peak. */
public final class Peaks {

    private Peaks() {
    }

    /**
     * Where the parabola through three equally spaced points {@code (-1, a), (0, b), (1, c)} peaks, relative to the
     * middle one, clamped to {@code -0.5 .. 0.5}; 0 when the points are not concave ({@code a - 2b + c >= 0}).
     */
    public static double parabolicOffset(double a, double b, double c) {
        double curvature = a - 2 * b + c;
        if (!(curvature < 0)) {
            return 0;
        }
        return Math.max(-0.5, Math.min(0.5, 0.5 * (a - c) / curvature));
    }
}
