package io.segue.shell.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.segue.shell.internal.fakes.FelixMetatype;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TypedValuesTest {

    private final Configurable pipeline;
    private final Configurable mock;

    TypedValuesTest() throws IOException {
        pipeline = FelixMetatype.read(FelixMetatype.class, "stream-manager.xml", "io.segue.stream-manager").get(0);
        mock = FelixMetatype.read(FelixMetatype.class, "device-mock.xml", "io.segue.device-mock").get(0);
    }

    @Test
    void typesEachValueAsItsDefinitionSays() {
        assertEquals(Integer.valueOf(1024), TypedValues.parse(setting(pipeline, "hopSize"), " 1024 "));
        assertEquals(Double.valueOf(0.25), TypedValues.parse(setting(mock, "amplitude"), "0.25"));
        assertEquals(Boolean.FALSE, TypedValues.parse(setting(mock, "realtime"), "FALSE"));
        assertEquals(Long.valueOf(-7_000_000_000L), TypedValues.parse(setting(mock, "noiseSeed"), "-7000000000"));
        assertEquals("", TypedValues.parse(setting(mock, "file"), ""));
        assertEquals("INFO", TypedValues.parse(setting(mock, "level"), "INFO"));
    }

    @Test
    void refusesAValueOfAnotherTypeSayingWhatTheKeyTakes() {
        assertEquals("hopSize must be a whole number (Integer in 1..16384), was 'half'",
                refusal(setting(pipeline, "hopSize"), "half"));
        assertEquals("amplitude must be a number (Double in 0..1), was 'loud'", refusal(setting(mock, "amplitude"),
                "loud"));
        assertEquals("realtime must be true or false, was 'yes'", refusal(setting(mock, "realtime"), "yes"));
        assertEquals("amplitude must be a finite number, was 'NaN'", refusal(setting(mock, "amplitude"), "NaN"));
    }

    @Test
    void refusesAValueOutsideTheRangeOrTheOptions() {
        assertEquals("hopSize must be in 1..16384, was 20000", refusal(setting(pipeline, "hopSize"), "20000"));
        assertEquals("amplitude must be in 0..1, was 1.5", refusal(setting(mock, "amplitude"), "1.5"));
        assertEquals("level must be one of ERROR, WARN, INFO, was 'LOUD'", refusal(setting(mock, "level"), "LOUD"));
    }

    @Test
    void passesOnWhatFelixValidateRefusesWhenTheShellKnowsNoBounds() {
        // the same definition without the bounds the shell reads from the XML: Felix's own check still refuses
        Setting hop = setting(pipeline, "hopSize");
        Setting withoutBounds = new Setting(hop.definition(), null, null);

        assertEquals("hopSize: greater than maximum, was '20000'", refusal(withoutBounds, "20000"));
    }

    @Test
    void describesTheRange() {
        assertEquals("1..16384", setting(pipeline, "hopSize").rangeText());
        assertEquals("one of ERROR, WARN, INFO", setting(mock, "level").rangeText());
        assertEquals("", setting(mock, "realtime").rangeText());
        assertEquals("Integer", setting(pipeline, "hopSize").typeName());
    }

    @Test
    void typesTextFromAFileAndLeavesWhatDoesNotConvert() {
        assertEquals(Integer.valueOf(2048), TypedValues.typed(setting(pipeline, "windowSize"), "2048"));
        assertEquals("lots", TypedValues.typed(setting(pipeline, "windowSize"), "lots"));
        assertEquals(Integer.valueOf(1), TypedValues.typed(setting(pipeline, "windowSize"), 1));
    }

    private static Setting setting(Configurable type, String key) {
        return type.setting(key).orElseThrow();
    }

    private static String refusal(Setting setting, String text) {
        return assertThrows(IllegalArgumentException.class, () -> TypedValues.parse(setting, text)).getMessage();
    }
}
