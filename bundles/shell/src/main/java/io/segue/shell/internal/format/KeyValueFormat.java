package io.segue.shell.internal.format;

import java.util.ArrayList;
import java.util.List;

/** Lines of {@code key  value}, the values aligned in one column. */
public final class KeyValueFormat {

    private final List<String[]> entries = new ArrayList<>();

    /** Adds a line; {@code null} shows as {@code -}. */
    public KeyValueFormat add(String key, Object value) {
        entries.add(new String[] {key, value == null ? "-" : value.toString()});
        return this;
    }

    @Override
    public String toString() {
        int width = 0;
        for (String[] entry : entries) {
            width = Math.max(width, entry[0].length());
        }
        StringBuilder out = new StringBuilder();
        for (String[] entry : entries) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(entry[0]).append(" ".repeat(width - entry[0].length() + 2)).append(entry[1]);
        }
        return out.toString();
    }
}
