package io.segue.shell.internal.format;

/** CSV cells (RFC 4180) for the files {@code analyze} writes. */
public final class Csv {

    private Csv() {
    }

    /** A number: empty when missing (NaN), {@code inf} / {@code -inf} for infinities, else as {@link Json#number}. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return Json.number(value);
    }

    /** As {@link #number(double)}, at float precision. */
    public static String number(float value) {
        return Float.isFinite(value) ? Json.number(value) : number((double) value);
    }

    /** Text, quoted (and its quotes doubled) when it holds a comma, a quote or a line break. */
    public static String text(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
