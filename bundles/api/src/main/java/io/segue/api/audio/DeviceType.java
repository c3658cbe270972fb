package io.segue.api.audio;

/** What a device can do. */
public enum DeviceType {
    /** Captures audio (a microphone, a line in, a generated signal, a file being played into the stream). */
    INPUT,
    /** Plays audio. */
    OUTPUT,
    /** Captures and plays. */
    DUPLEX;

    /** Whether a device of this type can be opened for capture. */
    public boolean canCapture() {
        return this != OUTPUT;
    }

    /** Whether a device of this type can be opened for playback. */
    public boolean canPlay() {
        return this != INPUT;
    }

    /** Whether a device of this type is listed when a caller asks for devices of type {@code wanted}. */
    public boolean matches(DeviceType wanted) {
        return switch (wanted) {
            case INPUT -> canCapture();
            case OUTPUT -> canPlay();
            case DUPLEX -> this == DUPLEX;
        };
    }
}
