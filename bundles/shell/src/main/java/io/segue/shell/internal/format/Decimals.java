package io.segue.shell.internal.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers for people: the same text on every machine, whatever its locale. */
public final class Decimals {

    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_UP);

    private Decimals() {
    }

    /**
     * A measured value to four significant digits without trailing zeros ({@code 0.354}, {@code 0.0399},
     * {@code 440.3}); scientific notation outside 0.0001..10^7, {@code inf}/{@code -inf}/{@code NaN} spelled out.
     */
    public static String significant(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e7) {
            return new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.3e", value);
    }

    /** {@code value} with exactly {@code decimals} digits after the point. */
    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** {@link #significant}, but {@code -} for NaN: a value that was not measured. */
    public static String significantOrDash(double value) {
        return Double.isNaN(value) ? "-" : significant(value);
    }

    /** {@link #fixed}, but {@code -} for NaN: a value that was not measured. */
    public static String fixedOrDash(double value, int decimals) {
        return Double.isNaN(value) ? "-" : fixed(value, decimals);
    }
}
