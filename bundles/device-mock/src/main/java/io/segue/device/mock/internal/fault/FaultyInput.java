package io.segue.device.mock.internal.fault;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.device.mock.internal.input.PacedInput;
import java.io.IOException;

/**
 * A mock input meeting its {@link OpenFaults}: it disconnects (after a number of frames, or when told to), stalls
 * and jitters through its {@link PacedInput}, and overwrites samples with NaN, infinities and clipped values, at a
 * fixed interval or in an injected burst. Allocates nothing per read until a fault fires.
 */
public final class FaultyInput implements AudioInput {

    /** Frames of a glitch burst. */
    public static final int BURST = 8;

    private static final float[] BAD = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 4.0f, -4.0f};

    private final PacedInput input;
    private final OpenFaults faults;
    private final int channels;
    private long delivered;

    public FaultyInput(PacedInput input, OpenFaults faults) {
        this.input = input;
        this.faults = faults;
        this.channels = input.format().channels();
    }

    @Override
    public AudioFormat format() {
        return input.format();
    }

    /**
     * @throws IOException once the device was disconnected or unplugged, or {@code disconnectAfter} frames were
     *                     delivered: the device is gone
     */
    @Override
    public int read(float[] buffer, int frames) throws IOException {
        faults.checkConnected(delivered);
        int wanted = (int) Math.min(frames, faults.framesBeforeDisconnect(delivered));
        input.delayNextRead(faults.takeStallNanos(delivered), faults.jitterNanos());
        int read = input.read(buffer, wanted);
        if (read <= 0) {
            return read;
        }
        faults.checkNotDisconnected(); // a disconnect while the read waited loses its frames, as on a real device
        if (faults.options().glitchEveryFrames() > 0) {
            glitchAtInterval(buffer, read);
        }
        if (faults.takeGlitch()) {
            burst(buffer, 0, Math.min(read, BURST), 0);
        }
        delivered += read;
        return read;
    }

    /** Overwrites the frames of this read that fall in a burst: the first {@link #BURST} of every interval. */
    private void glitchAtInterval(float[] buffer, int read) {
        long every = faults.options().glitchEveryFrames();
        for (int frame = 0; frame < read; frame++) {
            long position = (delivered + frame) % every;
            if (position < BURST) {
                burst(buffer, frame, frame + 1, (int) position);
            }
        }
    }

    /** Overwrites frames {@code from} to {@code to}, the first with bad value {@code first} of the pattern. */
    private void burst(float[] buffer, int from, int to, int first) {
        for (int frame = from; frame < to; frame++) {
            float bad = BAD[(first + frame - from) % BAD.length];
            for (int c = 0; c < channels; c++) {
                buffer[frame * channels + c] = bad;
            }
        }
    }

    @Override
    public long lengthFrames() {
        return input.lengthFrames();
    }

    @Override
    public double latencyMillis() {
        return input.latencyMillis();
    }

    @Override
    public void close() {
        input.close();
        faults.release();
    }
}
