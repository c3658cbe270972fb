package io.segue.shell.internal.testing;

import java.util.List;

/** Reads back a table the shell printed. */
public final class TableRows {

    private TableRows() {
    }

    /** The cells of the row whose first cell is {@code first} (cells are two or more spaces apart). */
    public static List<String> row(String table, String first) {
        for (String line : table.split("\n")) {
            if (line.startsWith(first + " ")) {
                return List.of(line.split(" {2,}"));
            }
        }
        throw new AssertionError("no row " + first + " in\n" + table);
    }
}
