package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void stringsSurviveAParserWhateverTheyHold() {
        String awkward = "a \"quoted\" \\ path\nwith\ttabs and \u0001 control";

        assertEquals(awkward, JsonParser.parseString(Json.string(awkward)).getAsString());
        assertEquals("null", Json.string(null));
    }

    @Test
    void numbersJsonCannotHoldAreNull() {
        assertEquals("null", Json.number(Double.NaN));
        assertEquals("null", Json.number(Float.NEGATIVE_INFINITY));
        assertEquals("[1,0.25,null]", Json.numbers(List.of(1.0, 0.25, Double.POSITIVE_INFINITY)));
    }

    @Test
    void floatsPrintAtFloatPrecision() {
        assertEquals("0.1", Json.number(0.1f), "not 0.10000000149011612");
        assertEquals("-23", Json.number(-23f));
        assertEquals(0.1f, JsonParser.parseString(Json.number(0.1f)).getAsFloat());
    }
}
