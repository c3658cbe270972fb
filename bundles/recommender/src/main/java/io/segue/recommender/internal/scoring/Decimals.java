package io.segue.recommender.internal.scoring;

/**
 * Fixed-point numbers for the reasons, e.g. {@code 129.5} or {@code +1.2}, without {@code String.format}: a
 * recommendation's reasons are written for every request, and a formatter per number would be most of what a
 * request allocates.
 */
final class Decimals {

    private static final long[] POWERS = {1, 10, 100, 1000};

    private Decimals() {
    }

    /** Appends {@code value} rounded to {@code decimals} (0..3) places; {@code signed} writes a + before 0 and up. */
    static StringBuilder append(StringBuilder out, double value, int decimals, boolean signed) {
        if (!Double.isFinite(value)) {
            return out.append(value);
        }
        long scaled = Math.round(Math.abs(value) * POWERS[decimals]);
        if (value < 0 && scaled != 0) {
            out.append('-');
        } else if (signed) {
            out.append('+');
        }
        out.append(scaled / POWERS[decimals]);
        if (decimals > 0) {
            out.append('.');
            String fraction = Long.toString(scaled % POWERS[decimals]);
            for (int i = fraction.length(); i < decimals; i++) {
                out.append('0');
            }
            out.append(fraction);
        }
        return out;
    }
}
