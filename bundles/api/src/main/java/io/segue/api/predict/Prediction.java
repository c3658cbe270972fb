package io.segue.api.predict;

/**
 * A statement about the stream at some time, usually ahead of now.
 *
 * @param predictorId       the predictor that made it
 * @param kind              what it is about
 * @param targetSeconds     the stream time it refers to, in seconds
 * @param value             a kind-specific number (e.g. the predicted BPM for beats, the energy level for drops)
 * @param label             a kind-specific name (e.g. {@code "Am"} for a chord), empty when none
 * @param confidence        0 (a guess) to 1 (certain)
 * @param madeAtSeconds     the stream time at which it was made
 */
public record Prediction(String predictorId, PredictionKind kind, double targetSeconds, double value, String label,
        double confidence, double madeAtSeconds) {

    public Prediction {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in 0..1, was " + confidence);
        }
    }
}
