package org.example.segue.bassratio;

import java.util.Map;

/**
 * A validated set of parameters: the constructor refuses what the extractor cannot use. Every way in (the component's
 * typed configuration, a change proposed to {@link BassRatioConfigurationCheck}) goes through it, so both refuse the
 * same values with the same message.
 *
 * @param lowHz            lower edge of the bass band, Hz
 * @param highHz           upper edge of the bass band, Hz, above {@code lowHz}
 * @param smoothingSeconds time constant of the smoothed output, seconds
 */
public record BassRatioSettings(double lowHz, double highHz, double smoothingSeconds) {

    static final double DEFAULT_LOW_HZ = 20;
    static final double DEFAULT_HIGH_HZ = 150;
    static final double DEFAULT_SMOOTHING_SECONDS = 1;

    static final double MAX_LOW_HZ = 1000;
    static final double MIN_HIGH_HZ = 10;
    static final double MAX_HIGH_HZ = 2000;
    static final double MIN_SMOOTHING_SECONDS = 0.05;
    static final double MAX_SMOOTHING_SECONDS = 60;

    public static final BassRatioSettings DEFAULTS =
            new BassRatioSettings(DEFAULT_LOW_HZ, DEFAULT_HIGH_HZ, DEFAULT_SMOOTHING_SECONDS);

    /**
     * @throws IllegalArgumentException naming the first key out of range, its range and its value
     */
    public BassRatioSettings {
        requireIn("lowHz", lowHz, 0, MAX_LOW_HZ, "Hz");
        requireIn("highHz", highHz, MIN_HIGH_HZ, MAX_HIGH_HZ, "Hz");
        if (!(highHz > lowHz)) {
            throw new IllegalArgumentException(BassRatioConfig.PID + ": highHz must be above lowHz ("
                    + text(lowHz) + " Hz), was " + text(highHz));
        }
        requireIn("smoothingSeconds", smoothingSeconds, MIN_SMOOTHING_SECONDS, MAX_SMOOTHING_SECONDS, "s");
    }

    /** The settings of the component's typed configuration. */
    static BassRatioSettings of(BassRatioConfig config) {
        return new BassRatioSettings(config.lowHz(), config.highHz(), config.smoothingSeconds());
    }

    /**
     * The settings of a configuration as ConfigAdmin or a shell hands it over: values may be numbers or text (as
     * typed at a prompt); a missing key keeps its default.
     *
     * @throws IllegalArgumentException when a value is not a number or out of range; the message names the key
     */
    static BassRatioSettings of(Map<String, ?> properties) {
        return new BassRatioSettings(number(properties, "lowHz", DEFAULT_LOW_HZ),
                number(properties, "highHz", DEFAULT_HIGH_HZ),
                number(properties, "smoothingSeconds", DEFAULT_SMOOTHING_SECONDS));
    }

    private static double number(Map<String, ?> properties, String key, double defaultValue) {
        Object value = properties.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return Double.parseDouble(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    BassRatioConfig.PID + ": " + key + " must be a number, was '" + value + "'", e);
        }
    }

    private static void requireIn(String key, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(BassRatioConfig.PID + ": " + key + " must be in " + text(min) + ".."
                    + text(max) + " " + unit + ", was " + text(value));
        }
    }

    /** 5000 rather than 5000.0 in messages. */
    private static String text(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
