package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TableFormatTest {

    @Test
    void alignsEveryColumnToItsWidestCell() {
        String table = new TableFormat("id", "type", "description")
                .row("mock:sine", "input", "a sine")
                .row("js:1", "duplex", "USB audio")
                .toString();

        assertEquals("""
                id         type    description
                ---------  ------  -----------
                mock:sine  input   a sine
                js:1       duplex  USB audio""", table);
    }

    @Test
    void rightAlignsMarkedColumns() {
        String table = new TableFormat("name", "n").alignRight(1).row("a", 5).row("b", 1234).toString();

        assertEquals("""
                name     n
                ----  ----
                a        5
                b     1234""", table);
    }

    @Test
    void leavesNoTrailingSpacesAndFlattensLineBreaks() {
        String table = new TableFormat("a", "b").row("long value", null).row("x", "two\nlines").toString();

        for (String line : table.split("\n")) {
            assertEquals(line.stripTrailing(), line);
        }
        assertEquals("x           two lines", table.split("\n")[3]);
    }

    @Test
    void refusesARowOfTheWrongWidth() {
        TableFormat table = new TableFormat("a", "b");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.row("only one"));
        assertEquals("row has 1 cells, the table 2 columns", e.getMessage());
    }
}
