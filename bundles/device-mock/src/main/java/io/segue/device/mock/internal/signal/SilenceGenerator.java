package io.segue.device.mock.internal.signal;

import java.util.Arrays;
import java.util.Objects;

/** Digital silence: every sample is 0. */
public final class SilenceGenerator implements SignalGenerator {

    @Override
    public void fill(float[] buffer, int offset, int frames) {
        Objects.checkFromIndexSize(offset, frames, buffer.length);
        Arrays.fill(buffer, offset, offset + frames, 0f);
    }
}
