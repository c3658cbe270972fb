package io.segue.device.mock.internal.input;

/** Argument checks shared by the inputs. */
final class Inputs {

    private Inputs() {
    }

    static void checkRead(float[] buffer, int frames, int channels) {
        if (frames <= 0) {
            throw new IllegalArgumentException("frames must be positive, was " + frames);
        }
        if ((long) frames * channels > buffer.length) {
            throw new IllegalArgumentException("buffer holds " + buffer.length + " samples, " + frames + " frames of "
                    + channels + " channels need " + (long) frames * channels);
        }
    }
}
