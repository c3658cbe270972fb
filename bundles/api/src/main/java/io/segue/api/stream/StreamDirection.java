package io.segue.api.stream;

/** Which of the stream manager's two streams something is about. */
public enum StreamDirection {
    /** The stream captured from an input device and analysed. */
    INPUT,
    /** The stream played to an output device. */
    OUTPUT
}
