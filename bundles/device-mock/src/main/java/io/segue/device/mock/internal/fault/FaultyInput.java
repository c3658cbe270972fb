package io.segue.device.mock.internal.fault;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import java.io.IOException;

/**
 * A mock input with injected {@link Faults}: it disconnects after a number of frames, and overwrites a burst of
 * samples with NaN, infinities and clipped values at a fixed interval. Allocates nothing per read.
 */
public final class FaultyInput implements AudioInput {

    /** Frames of a glitch burst. */
    public static final int BURST = 8;

    private static final float[] BAD = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 4.0f, -4.0f};

    private final AudioInput input;
    private final Faults faults;
    private final int channels;
    private long delivered;

    public FaultyInput(AudioInput input, Faults faults) {
        this.input = input;
        this.faults = faults;
        this.channels = input.format().channels();
    }

    @Override
    public AudioFormat format() {
        return input.format();
    }

    /** @throws IOException once {@code disconnectAfter} frames were delivered: the device is gone */
    @Override
    public int read(float[] buffer, int frames) throws IOException {
        long left = faults.disconnectAfterFrames() < 0 ? Long.MAX_VALUE : faults.disconnectAfterFrames() - delivered;
        if (left <= 0) {
            throw new IOException("mock device disconnected after " + delivered + " frames (fault injection)");
        }
        int read = input.read(buffer, (int) Math.min(frames, left));
        if (read > 0 && faults.glitchEveryFrames() > 0) {
            glitch(buffer, read);
        }
        if (read > 0) {
            delivered += read;
        }
        return read;
    }

    /** Overwrites the frames of this read that fall in a burst: the first {@link #BURST} of every interval. */
    private void glitch(float[] buffer, int read) {
        long every = faults.glitchEveryFrames();
        for (int frame = 0; frame < read; frame++) {
            long position = (delivered + frame) % every;
            if (position < BURST) {
                float bad = BAD[(int) (position % BAD.length)];
                for (int c = 0; c < channels; c++) {
                    buffer[frame * channels + c] = bad;
                }
            }
        }
    }

    @Override
    public long lengthFrames() {
        return input.lengthFrames();
    }

    @Override
    public void close() {
        input.close();
    }
}
