package io.segue.library.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void numbersRoundTripWithoutTheNonFiniteOnes() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("mfcc.coefficients[3]", -12.25);
        values.put("a \"quoted\" \\ key", 1e-9);
        values.put("nan", Double.NaN);
        values.put("inf", Double.POSITIVE_INFINITY);
        String json = Json.numbers(values);
        Map<String, Double> back = Json.parseNumbers(json);
        assertEquals(Map.of("mfcc.coefficients[3]", -12.25, "a \"quoted\" \\ key", 1e-9), back);
        assertEquals(Map.of(), Json.parseNumbers(" { } "));
    }

    @Test
    void stringsRoundTrip() {
        List<String> ids = List.of("12", "7", "tab\there", "é");
        assertEquals(ids, Json.parseStrings(Json.strings(ids)));
        assertEquals(List.of(), Json.parseStrings("[]"));
    }

    @Test
    void damagedTextSaysWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parseNumbers("{\"a\":}"));
        assertEquals("stored JSON is damaged at character 5: number expected", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.parseStrings("[\"open"));
    }
}
