package io.segue.api.predict;

/** What a {@link Prediction} is about. */
public enum PredictionKind {
    /** A beat will fall at the target time. */
    BEAT,
    /** The first beat of a bar will fall at the target time. */
    DOWNBEAT,
    /** A build-up is under way; the target time is when it is expected to end. */
    BUILDUP,
    /** A drop (sudden rise in energy) at the target time. */
    DROP,
    /** A breakdown (sudden fall in energy) at the target time. */
    BREAKDOWN,
    /** The chord sounding at the target time; the label names it. */
    CHORD,
    /** The key changes at the target time; the label names the new key. */
    KEY_CHANGE
}
