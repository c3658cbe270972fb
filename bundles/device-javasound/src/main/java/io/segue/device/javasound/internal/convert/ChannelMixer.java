package io.segue.device.javasound.internal.convert;

/**
 * Maps interleaved frames from one channel count to another. Fewer channels out: output channel {@code c} is the
 * mean of the input channels {@code c, c + out, c + 2·out, …} (so any count to mono is the mean of all channels,
 * and 4 to 2 folds the rear pair onto the front pair). More channels out: output channel {@code c} copies input
 * channel {@code c mod in} (mono to stereo duplicates). The same count copies.
 *
 * <p>Allocation-free; stateless apart from the two counts.
 */
public final class ChannelMixer {

    private final int inChannels;
    private final int outChannels;

    /** @throws IllegalArgumentException when a count is not positive */
    public ChannelMixer(int inChannels, int outChannels) {
        if (inChannels <= 0 || outChannels <= 0) {
            throw new IllegalArgumentException(
                    "channel counts must be positive, were " + inChannels + " and " + outChannels);
        }
        this.inChannels = inChannels;
        this.outChannels = outChannels;
    }

    public int inChannels() {
        return inChannels;
    }

    public int outChannels() {
        return outChannels;
    }

    /**
     * Mixes {@code frames} frames from {@code in}, starting at sample index {@code inOffset}, into {@code out}
     * from index 0. {@code in} and {@code out} may be the same array only when {@code inOffset} is 0 and there are
     * no more channels out than in.
     */
    public void mix(float[] in, int inOffset, float[] out, int frames) {
        if (inChannels == outChannels) {
            if (in != out || inOffset != 0) {
                System.arraycopy(in, inOffset, out, 0, frames * inChannels);
            }
        } else if (outChannels < inChannels) {
            for (int f = 0; f < frames; f++) {
                int base = inOffset + f * inChannels;
                for (int c = 0; c < outChannels; c++) {
                    float sum = 0;
                    int count = 0;
                    for (int k = c; k < inChannels; k += outChannels) {
                        sum += in[base + k];
                        count++;
                    }
                    out[f * outChannels + c] = sum / count;
                }
            }
        } else {
            for (int f = 0; f < frames; f++) {
                int base = inOffset + f * inChannels;
                for (int c = 0; c < outChannels; c++) {
                    out[f * outChannels + c] = in[base + c % inChannels];
                }
            }
        }
    }
}
