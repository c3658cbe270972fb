package io.segue.device.mock.internal.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.segue.testing.Configs;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MockSettingsTest {

    private static final MockSettings DEFAULTS = MockSettings.of(Configs.defaults(MockDeviceConfig.class));

    @Test
    void theDefaultsAreValid() {
        assertEquals(new MockSettings(440, 0.5, 120, 0, "", true), DEFAULTS);
    }

    @Test
    void theFallbackDefaultsAreTheConfigurationsDefaults() {
        assertEquals(DEFAULTS, MockSettings.DEFAULTS, "MockSettings.DEFAULTS must follow MockDeviceConfig's defaults");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sineFrequencyHz | -3     | sineFrequencyHz must be in (0, 96000], was -3",
        "sineFrequencyHz | 0      | sineFrequencyHz must be in (0, 96000], was 0",
        "sineFrequencyHz | 96001  | sineFrequencyHz must be in (0, 96000], was 96001",
        "sineFrequencyHz | NaN    | sineFrequencyHz must be in (0, 96000], was NaN",
        "amplitude       | 1.5    | amplitude must be in [0, 1], was 1.5",
        "amplitude       | -0.01  | amplitude must be in [0, 1], was -0.01",
        "clickBpm        | 0      | clickBpm must be in (0, 1000], was 0",
        "clickBpm        | 1000.5 | clickBpm must be in (0, 1000], was 1000.5"
    })
    void anOutOfRangeConfigurationNamesTheKeyAndTheRange(String key, double value, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MockSettings.of(Configs.of(MockDeviceConfig.class, Map.of(key, value))));

        assertEquals(message, e.getMessage());
    }

    @Test
    void theEdgesOfEachRangeAreAccepted() {
        MockSettings edges = MockSettings.of(Configs.of(MockDeviceConfig.class,
                Map.of("sineFrequencyHz", 96_000.0, "amplitude", 0.0, "clickBpm", 1000.0, "noiseSeed", -5L)));

        assertEquals(new MockSettings(96_000, 0, 1000, -5, "", true), edges);
        assertEquals(1.0, DEFAULTS.withOption("amplitude", "1").amplitude());
    }

    @Test
    void aNullOrPaddedFileIsNormalized() {
        assertEquals("", new MockSettings(440, 0.5, 120, 0, null, true).file());
        assertEquals("/a b.wav", new MockSettings(440, 0.5, 120, 0, " /a b.wav\n", true).file());
    }

    @Test
    void optionsOverrideOneSettingEach() {
        assertEquals(new MockSettings(880, 0.5, 120, 0, "", true), DEFAULTS.withOption("hz", "880"));
        assertEquals(new MockSettings(440, 0.25, 120, 0, "", true), DEFAULTS.withOption("amplitude", "0.25"));
        assertEquals(new MockSettings(440, 0.5, 174, 0, "", true), DEFAULTS.withOption("bpm", "174"));
        assertEquals(new MockSettings(440, 0.5, 120, 7, "", true), DEFAULTS.withOption("seed", "7"));
        assertEquals(new MockSettings(440, 0.5, 120, 0, "/x/y.wav", true), DEFAULTS.withOption("path", "/x/y.wav"));
        assertEquals(new MockSettings(440, 0.5, 120, 0, "", false), DEFAULTS.withOption("realtime", "false"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hz        | -3    | hz must be in (0, 96000], was -3",
        "hz        | abc   | hz must be a number in (0, 96000], was 'abc'",
        "hz        | ''    | hz must be a number in (0, 96000], was ''",
        "amplitude | 2     | amplitude must be in [0, 1], was 2",
        "bpm       | fast  | bpm must be a number in (0, 1000], was 'fast'",
        "bpm       | 0     | bpm must be in (0, 1000], was 0",
        "seed      | 1.5   | seed must be an integer (a 64-bit signed long), was '1.5'",
        "realtime  | yes   | realtime must be true or false, was 'yes'",
        "path      | ' '   | path must be the path of a WAV file, was empty",
        "volume    | 3     | unknown option 'volume'"
    })
    void aBadOptionNamesTheOptionAndTheAllowedValues(String option, String value, String message) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withOption(option, value));

        assertEquals(message, e.getMessage());
    }
}
