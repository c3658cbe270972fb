package org.example.segue.bassratio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parameters' ranges, as the component and as {@code segue:config set} meet them. */
class BassRatioSettingsTest {

    private static final String PID = "org.example.segue.bassratio";

    private final BassRatioConfigurationCheck check = new BassRatioConfigurationCheck();

    @Test
    void theDefaultsAreABandOf20To150HzSmoothedOverOneSecond() throws NoSuchMethodException {
        assertEquals(new BassRatioSettings(20, 150, 1), BassRatioSettings.DEFAULTS);
        assertEquals(BassRatioSettings.DEFAULTS, BassRatioSettings.of(Map.of()));
        // the defaults SCR and the metatype see are the annotation's
        assertEquals(20.0, BassRatioConfig.class.getMethod("lowHz").getDefaultValue());
        assertEquals(150.0, BassRatioConfig.class.getMethod("highHz").getDefaultValue());
        assertEquals(1.0, BassRatioConfig.class.getMethod("smoothingSeconds").getDefaultValue());
    }

    @Test
    void eachKeyOutOfRangeIsRefusedWithItsRangeAndValue() {
        assertRefused(PID + ": lowHz must be in 0..1000 Hz, was 5000", 5000, 6000, 1);
        assertRefused(PID + ": lowHz must be in 0..1000 Hz, was -1", -1, 150, 1);
        assertRefused(PID + ": highHz must be in 10..2000 Hz, was 2500", 20, 2500, 1);
        assertRefused(PID + ": highHz must be above lowHz (200 Hz), was 150", 200, 150, 1);
        assertRefused(PID + ": smoothingSeconds must be in 0.05..60 s, was 0", 20, 150, 0);
        assertRefused(PID + ": smoothingSeconds must be in 0.05..60 s, was NaN", 20, 150, Double.NaN);
    }

    @Test
    void theEdgesOfTheRangesAreAccepted() {
        assertEquals(new BassRatioSettings(0, 10, 0.05), BassRatioSettings.of(Configs.config(0, 10, 0.05)));
        assertEquals(new BassRatioSettings(1000, 2000, 60), BassRatioSettings.of(Configs.config(1000, 2000, 60)));
    }

    @Test
    void theCheckRefusesAChangeAtThePromptWithTheReason() {
        // as segue:config set org.example.segue.bassratio lowHz 5000 proposes it: text, the other keys unset
        assertEquals(Optional.of(PID + ": lowHz must be in 0..1000 Hz, was 5000"),
                check.problem(PID, Map.of("lowHz", "5000")));
        assertEquals(Optional.of(PID + ": highHz must be above lowHz (400 Hz), was 150"),
                check.problem(PID, Map.of("lowHz", "400")), "the default highHz is below the new lowHz");
        assertEquals(Optional.of(PID + ": lowHz must be a number, was 'low'"),
                check.problem(PID, Map.of("lowHz", "low")));
    }

    @Test
    void theCheckTakesAGoodChangeAsTextOrNumbers() {
        assertEquals(Optional.empty(), check.problem(PID, Map.of("lowHz", " 30 ", "highHz", "120")));
        assertEquals(Optional.empty(), check.problem(PID, Map.of("lowHz", 30L, "smoothingSeconds", 2.5,
                "service.pid", PID)));
    }

    private static void assertRefused(String message, double lowHz, double highHz, double smoothingSeconds) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BassRatioSettings.of(Configs.config(lowHz, highHz, smoothingSeconds)));
        assertEquals(message, e.getMessage());
    }
}
