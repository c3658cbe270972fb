package io.segue.shell.internal.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a header, a rule of dashes, then one line per row, columns two spaces apart and padded to
 * their widest cell. Columns are left-aligned unless {@link #alignRight marked} (numbers); lines carry no
 * trailing spaces.
 */
public final class TableFormat {

    private static final String GAP = "  ";

    private final List<String> headers;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    public TableFormat(String... headers) {
        if (headers.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.headers = List.of(headers);
        this.right = new boolean[headers.length];
    }

    /** Right-aligns the columns at these indexes (from 0). */
    public TableFormat alignRight(int... columns) {
        for (int column : columns) {
            right[column] = true;
        }
        return this;
    }

    /**
     * Adds a row of one cell per column; {@code null} shows as an empty cell, line breaks as spaces.
     *
     * @throws IllegalArgumentException when the number of cells is not the number of columns
     */
    public TableFormat row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(
                    "row has " + cells.length + " cells, the table " + headers.size() + " columns");
        }
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = cells[i] == null ? "" : cells[i].toString().replaceAll("\\R", " ");
        }
        rows.add(row);
        return this;
    }

    /** The number of rows added. */
    public int size() {
        return rows.size();
    }

    @Override
    public String toString() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        String[] rule = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        StringBuilder out = new StringBuilder();
        appendLine(out, headers.toArray(String[]::new), widths);
        appendLine(out, rule, widths);
        for (String[] row : rows) {
            appendLine(out, row, widths);
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private void appendLine(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(GAP);
            }
            String padding = " ".repeat(widths[i] - cells[i].length());
            if (right[i]) {
                line.append(padding).append(cells[i]);
            } else {
                line.append(cells[i]).append(padding);
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
