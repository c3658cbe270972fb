package io.segue.device.mock.internal.input;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.device.mock.internal.signal.SignalGenerator;
import java.util.Objects;

/**
 * An endless input over a mono {@link SignalGenerator}, in one or two channels (the same signal in both). Every
 * read delivers all the frames asked for, at once: pace it with {@link PacedInput}. After {@link #close()},
 * {@link #read} returns -1.
 */
public final class GeneratedInput implements AudioInput {

    private final SignalGenerator generator;
    private final AudioFormat format;
    private volatile boolean closed;

    /** @throws IllegalArgumentException when the format has more than two channels */
    public GeneratedInput(SignalGenerator generator, AudioFormat format) {
        this.generator = Objects.requireNonNull(generator, "generator");
        this.format = Objects.requireNonNull(format, "format");
        if (format.channels() > 2) {
            throw new IllegalArgumentException("channels must be 1 or 2, was " + format.channels());
        }
    }

    @Override
    public AudioFormat format() {
        return format;
    }

    @Override
    public int read(float[] buffer, int frames) {
        Inputs.checkRead(buffer, frames, format.channels());
        if (closed) {
            return -1;
        }
        generator.fill(buffer, 0, frames);
        if (format.channels() == 2) {
            // spread in place from the end, so that no mono sample is overwritten before it is copied
            for (int i = frames - 1; i >= 0; i--) {
                float sample = buffer[i];
                buffer[2 * i] = sample;
                buffer[2 * i + 1] = sample;
            }
        }
        return frames;
    }

    @Override
    public void close() {
        closed = true;
    }
}
