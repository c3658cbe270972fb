package io.segue.extractors.internal;

/**
 * Array-size checks for the start of {@code FeatureProcessor.process}: one comparison each, no allocation unless
 * they fail.
 */
public final class ProcessorChecks {

    private ProcessorChecks() {
    }

    /**
     * Returns {@code input} when it holds exactly {@code expected} values.
     *
     * @throws IllegalArgumentException otherwise: the frame does not have the framing the processor was created for
     */
    public static float[] requireLength(float[] input, int expected, String extractorId, String inputName) {
        if (input.length != expected) {
            throw new IllegalArgumentException("extractor '" + extractorId + "' expects " + expected + " "
                    + inputName + " per frame (the format it was created for), got " + input.length);
        }
        return input;
    }

    /**
     * Checks that the host's values array can take {@code valueCount} values.
     *
     * @throws IllegalArgumentException when {@code values.length < valueCount}
     */
    public static void requireValues(float[] values, int valueCount, String extractorId) {
        if (values.length < valueCount) {
            throw new IllegalArgumentException("extractor '" + extractorId + "' writes " + valueCount
                    + " value(s) per frame, the values array holds " + values.length);
        }
    }
}
