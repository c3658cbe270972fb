package io.segue.library.internal.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two JSON shapes the library stores in text columns: a flat object of numbers (a feature summary) and an array
 * of strings (the recommendations shown). Written and read only here, so a small exact codec instead of a library.
 */
public final class Json {

    private Json() {
    }

    /** {@code {"key": 1.5, ...}}; non-finite values are left out (JSON has no NaN). */
    public static String numbers(Map<String, Double> values) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, Double> entry : values.entrySet()) {
            if (entry.getValue() != null && Double.isFinite(entry.getValue())) {
                if (out.length() > 1) {
                    out.append(',');
                }
                string(out, entry.getKey());
                out.append(':').append(entry.getValue().doubleValue());
            }
        }
        return out.append('}').toString();
    }

    /** {@code ["a", "b"]}. */
    public static String strings(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (String value : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, value);
        }
        return out.append(']').toString();
    }

    /**
     * The keys are interned: a catalogue of 100k tracks repeats the same few dozen output names in every summary.
     *
     * @throws IllegalArgumentException when {@code text} is not a flat object of numbers
     */
    public static Map<String, Double> parseNumbers(String text) {
        Reader in = new Reader(text);
        Map<String, Double> values = new LinkedHashMap<>();
        in.expect('{');
        if (!in.skip('}')) {
            do {
                String key = in.string().intern();
                in.expect(':');
                values.put(key, in.number());
            } while (in.skip(','));
            in.expect('}');
        }
        in.end();
        return values;
    }

    /** @throws IllegalArgumentException when {@code text} is not an array of strings */
    public static List<String> parseStrings(String text) {
        Reader in = new Reader(text);
        List<String> values = new ArrayList<>();
        in.expect('[');
        if (!in.skip(']')) {
            do {
                values.add(in.string());
            } while (in.skip(','));
            in.expect(']');
        }
        in.end();
        return values;
    }

    private static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static final class Reader {

        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        void expect(char c) {
            space();
            if (at >= text.length() || text.charAt(at) != c) {
                throw problem("'" + c + "' expected");
            }
            at++;
        }

        boolean skip(char c) {
            space();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        void end() {
            space();
            if (at != text.length()) {
                throw problem("end expected");
            }
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\' && at < text.length()) {
                    char e = text.charAt(at++);
                    if (e == 'u' && at + 4 <= text.length()) {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    } else {
                        out.append(switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case 'b' -> '\b';
                            case 'f' -> '\f';
                            default -> e;
                        });
                    }
                } else {
                    out.append(c);
                }
            }
            throw problem("unterminated string");
        }

        double number() {
            space();
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            try {
                return Double.parseDouble(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw problem("number expected");
            }
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IllegalArgumentException problem(String what) {
            return new IllegalArgumentException("stored JSON is damaged at character " + at + ": " + what);
        }
    }
}
