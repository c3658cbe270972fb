package io.segue.device.mock.internal.provider;

import java.util.Objects;

/**
 * The validated settings of one open of a mock device: the configuration, then the options given with the
 * device id.
 *
 * @param sineFrequencyHz frequency of the sine, in (0, 96000]
 * @param amplitude       peak of the sine and the clicks, bound of the noise, in [0, 1]
 * @param clickBpm        tempo of the click track, in (0, 1000]
 * @param noiseSeed       seed of the noise
 * @param file            path of the WAV file to play, empty for none
 * @param realtime        whether reads and writes are paced to real time
 * @param outputFile      path of the WAV file {@code mock:wav-out} writes; relative to the working directory
 * @param bufferMillis    the buffer of {@code mock:wav-out}, in milliseconds, in [1, 2000]
 */
record MockSettings(
        double sineFrequencyHz, double amplitude, double clickBpm, long noiseSeed, String file, boolean realtime,
        String outputFile, int bufferMillis) {

    /** The defaults of {@link MockDeviceConfig}. */
    static final MockSettings DEFAULTS = new MockSettings(440, 0.5, 120, 0, "", true, "segue-output.wav", 50);

    static final String FREQUENCY_RANGE = "(0, 96000]";
    static final String AMPLITUDE_RANGE = "[0, 1]";
    static final String BPM_RANGE = "(0, 1000]";
    static final String BUFFER_RANGE = "[1, 2000]";

    /** @throws IllegalArgumentException naming the configuration key and its allowed range */
    MockSettings {
        checkFrequency("sineFrequencyHz", sineFrequencyHz);
        checkAmplitude("amplitude", amplitude);
        checkBpm("clickBpm", clickBpm);
        file = Objects.requireNonNullElse(file, "").strip();
        outputFile = Objects.requireNonNullElse(outputFile, "").strip();
        if (outputFile.isEmpty()) {
            throw new IllegalArgumentException("outputFile must be the path of a WAV file to write, was empty");
        }
        checkBuffer("outputBufferMillis", bufferMillis);
    }

    /** The settings of the generated inputs and {@code mock:file}, the output's at their defaults. */
    MockSettings(double sineFrequencyHz, double amplitude, double clickBpm, long noiseSeed, String file,
            boolean realtime) {
        this(sineFrequencyHz, amplitude, clickBpm, noiseSeed, file, realtime, DEFAULTS.outputFile(),
                DEFAULTS.bufferMillis());
    }

    /** @throws IllegalArgumentException naming the configuration key and its allowed range */
    static MockSettings of(MockDeviceConfig config) {
        return new MockSettings(config.sineFrequencyHz(), config.amplitude(), config.clickBpm(), config.noiseSeed(),
                config.file(), config.realtime(), config.outputFile(), config.outputBufferMillis());
    }

    /**
     * These settings with one device option applied.
     *
     * @throws IllegalArgumentException when the option is unknown or its value invalid; the message names the
     *                                  option and the allowed values
     */
    MockSettings withOption(String option, String value) {
        return switch (option) {
            case "hz" -> new MockSettings(checkFrequency(option, number(option, value, FREQUENCY_RANGE)), amplitude,
                    clickBpm, noiseSeed, file, realtime, outputFile, bufferMillis);
            case "amplitude" -> new MockSettings(sineFrequencyHz,
                    checkAmplitude(option, number(option, value, AMPLITUDE_RANGE)), clickBpm, noiseSeed, file,
                    realtime, outputFile, bufferMillis);
            case "bpm" -> new MockSettings(sineFrequencyHz, amplitude,
                    checkBpm(option, number(option, value, BPM_RANGE)), noiseSeed, file, realtime, outputFile,
                    bufferMillis);
            case "seed" -> new MockSettings(sineFrequencyHz, amplitude, clickBpm, seed(option, value), file, realtime,
                    outputFile, bufferMillis);
            case "path" -> new MockSettings(sineFrequencyHz, amplitude, clickBpm, noiseSeed, path(option, value),
                    realtime, outputFile, bufferMillis);
            case "realtime" -> new MockSettings(sineFrequencyHz, amplitude, clickBpm, noiseSeed, file,
                    bool(option, value), outputFile, bufferMillis);
            case "file" -> new MockSettings(sineFrequencyHz, amplitude, clickBpm, noiseSeed, file, realtime,
                    outputPath(option, value), bufferMillis);
            case "bufferMillis" -> new MockSettings(sineFrequencyHz, amplitude, clickBpm, noiseSeed, file, realtime,
                    outputFile, checkBuffer(option, whole(option, value, BUFFER_RANGE)));
            default -> throw new IllegalArgumentException("unknown option '" + option + "'");
        };
    }

    private static int checkBuffer(String name, long value) {
        if (value < 1 || value > 2000) {
            throw new IllegalArgumentException(name + " must be in " + BUFFER_RANGE + " milliseconds, was " + value);
        }
        return (int) value;
    }

    private static double checkFrequency(String name, double value) {
        if (!(value > 0 && value <= 96_000)) {
            throw outOfRange(name, FREQUENCY_RANGE, value);
        }
        return value;
    }

    private static double checkAmplitude(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw outOfRange(name, AMPLITUDE_RANGE, value);
        }
        return value;
    }

    private static double checkBpm(String name, double value) {
        if (!(value > 0 && value <= 1000)) {
            throw outOfRange(name, BPM_RANGE, value);
        }
        return value;
    }

    private static IllegalArgumentException outOfRange(String name, String range, double value) {
        return new IllegalArgumentException(name + " must be in " + range + ", was " + format(value));
    }

    private static double number(String option, String value, String range) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number in " + range + ", was '" + value + "'", e);
        }
    }

    private static long whole(String option, String value, String range) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number in " + range + ", was '" + value
                    + "'", e);
        }
    }

    private static long seed(String option, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be an integer (a 64-bit signed long), was '" + value
                    + "'", e);
        }
    }

    private static String path(String option, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(option + " must be the path of a WAV file, was empty");
        }
        return value;
    }

    private static String outputPath(String option, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(option + " must be the path of a WAV file to write, was empty");
        }
        return value;
    }

    private static boolean bool(String option, String value) {
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(option + " must be true or false, was '" + value + "'");
        };
    }

    /** {@code -3} rather than {@code -3.0}: the number as the user most likely typed it. */
    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
