package io.segue.api.audio;

/**
 * The format of a stream of samples. Samples are 32-bit floats, nominally in [-1, 1] (full scale; a float source
 * such as a float WAV file may exceed it, and that counts as clipping); multi-channel audio is
 * interleaved (frame {@code f}, channel {@code c} is at index {@code f * channels + c}). A <em>frame</em> is one
 * sample per channel.
 *
 * @param sampleRateHz frames per second, positive
 * @param channels     samples per frame, positive
 */
public record AudioFormat(int sampleRateHz, int channels) {

    public AudioFormat {
        if (sampleRateHz <= 0) {
            throw new IllegalArgumentException("sampleRateHz must be positive, was " + sampleRateHz);
        }
        if (channels <= 0) {
            throw new IllegalArgumentException("channels must be positive, was " + channels);
        }
    }

    /** A single-channel format at the given rate. */
    public static AudioFormat mono(int sampleRateHz) {
        return new AudioFormat(sampleRateHz, 1);
    }

    /** The duration of {@code frames} frames, in nanoseconds. */
    public long nanosOf(long frames) {
        // whole seconds first: frames * 1e9 would overflow after about 13 hours at 192 kHz
        return frames / sampleRateHz * 1_000_000_000L + frames % sampleRateHz * 1_000_000_000L / sampleRateHz;
    }

    @Override
    public String toString() {
        return sampleRateHz + " Hz, " + (channels == 1 ? "mono" : channels + " channels");
    }
}
