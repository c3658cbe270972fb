package io.segue.learner.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small exact JSON codec for the learners' own model documents: objects, arrays, strings, numbers, booleans and
 * null. The learner writes and reads only its own few keys, so no library is needed on its class path.
 */
public final class Json {

    private Json() {
    }

    /**
     * Parses a document into {@link Map} (insertion-ordered), {@link List}, {@link String}, {@link Double},
     * {@link Boolean} or {@code null}.
     *
     * @throws IllegalArgumentException naming the character where the text stops being JSON
     */
    public static Object parse(String text) {
        Reader in = new Reader(text);
        Object value = in.value();
        in.space();
        if (in.at != text.length()) {
            throw in.problem("end of the document expected");
        }
        return value;
    }

    /** Appends {@code value} as a JSON string. */
    public static StringBuilder string(StringBuilder out, String value) {
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
        return out.append('"');
    }

    /** Appends a finite number as JSON (a non-finite one, which JSON cannot hold, as {@code null}). */
    public static StringBuilder number(StringBuilder out, double value) {
        if (!Double.isFinite(value)) {
            return out.append("null");
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return out.append((long) value);
        }
        return out.append(value);
    }

    private static final class Reader {

        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        Object value() {
            space();
            if (at >= text.length()) {
                throw problem("a value expected");
            }
            char c = text.charAt(at);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> word("true", Boolean.TRUE);
                case 'f' -> word("false", Boolean.FALSE);
                case 'n' -> word("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            at++;
            Map<String, Object> members = new LinkedHashMap<>();
            space();
            if (skip('}')) {
                return members;
            }
            do {
                space();
                String key = string();
                space();
                expect(':');
                members.put(key, value());
                space();
            } while (skip(','));
            expect('}');
            return members;
        }

        private List<Object> array() {
            at++;
            List<Object> items = new ArrayList<>();
            space();
            if (skip(']')) {
                return items;
            }
            do {
                items.add(value());
                space();
            } while (skip(','));
            expect(']');
            return items;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                } else if (at < text.length()) {
                    char e = text.charAt(at++);
                    if (e == 'u') {
                        if (at + 4 > text.length()) {
                            throw problem("four hex digits expected after \\u");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw problem("four hex digits expected after \\u");
                        }
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
                }
            }
            throw problem("unterminated string");
        }

        private Object word(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw problem("'" + word + "' expected");
            }
            at += word.length();
            return value;
        }

        private Double number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            try {
                return Double.parseDouble(text.substring(start, at));
            } catch (NumberFormatException e) {
                at = start;
                throw problem("a value expected");
            }
        }

        private void expect(char c) {
            if (at >= text.length() || text.charAt(at) != c) {
                throw problem("'" + c + "' expected");
            }
            at++;
        }

        private boolean skip(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        IllegalArgumentException problem(String what) {
            return new IllegalArgumentException("not JSON at character " + at + ": " + what);
        }
    }
}
