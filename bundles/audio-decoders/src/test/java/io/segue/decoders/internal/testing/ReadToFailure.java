package io.segue.decoders.internal.testing;

import io.segue.api.audio.AudioInput;
import java.io.IOException;

/**
 * A damaged file read to where it fails: the frames delivered before, and the failure ({@code null} when the reader
 * reached an end without one).
 */
public record ReadToFailure(long frames, IOException failure) {

    private static final int CHUNK_FRAMES = 4096;

    public static ReadToFailure of(AudioInput input) {
        float[] chunk = new float[CHUNK_FRAMES * input.format().channels()];
        long frames = 0;
        try {
            int n;
            while ((n = input.read(chunk, CHUNK_FRAMES)) > 0) {
                frames += n;
            }
        } catch (IOException e) {
            return new ReadToFailure(frames, e);
        }
        return new ReadToFailure(frames, null);
    }
}
