package io.segue.learner.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parsesEveryKindOfValue() {
        Object parsed = Json.parse(" {\"a\": [1, -2.5e3, true, false, null], \"b\": {}, \"c\": \"x\\\"\\u00e9\\n\"} ");
        Map<?, ?> object = (Map<?, ?>) parsed;
        assertEquals(List.of(1.0, -2500.0, true, false), ((List<?>) object.get("a")).subList(0, 4));
        assertNull(((List<?>) object.get("a")).get(4));
        assertEquals(Map.of(), object.get("b"));
        assertEquals("x\"é\n", object.get("c"));
    }

    @Test
    void writesStringsAndNumbersItCanReadBack() {
        StringBuilder out = new StringBuilder("[");
        Json.string(out, "quote \" backslash \\ tab \t").append(',');
        Json.number(out, 3).append(',');
        Json.number(out, 0.1).append(',');
        Json.number(out, Double.NaN).append(']');
        assertEquals("[\"quote \\\" backslash \\\\ tab \\u0009\",3,0.1,null]", out.toString());
        assertEquals(List.of("quote \" backslash \\ tab \t", 3.0, 0.1), ((List<?>) Json.parse(out.toString()))
                .subList(0, 3));
    }

    @Test
    void saysWhereTheTextStopsBeingJson() {
        for (String bad : new String[] {"", "{", "{\"a\" 1}", "[1,]", "\"open", "{\"a\":1} x", "tru", "\"\\u12\""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("not JSON at character "), e.getMessage());
        }
    }
}
