package io.segue.shell.internal.format;

import java.util.List;

/** The two JSON scalars a report needs, written the same on every machine. */
public final class Json {

    private Json() {
    }

    /** A JSON number; NaN and infinities, which JSON cannot hold, become {@code null}. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return "null";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** A JSON number of a float value, printed to float precision ({@code 0.1f} is {@code 0.1}). */
    public static String number(float value) {
        if (!Float.isFinite(value)) {
            return "null";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e7) {
            return Long.toString((long) value);
        }
        return Float.toString(value);
    }

    /** A quoted JSON string with the characters JSON requires escaped; {@code null} gives {@code null}. */
    public static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A JSON array of numbers. */
    public static String numbers(List<Double> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(number(values.get(i)));
        }
        return out.append(']').toString();
    }
}
