package io.segue.device.javasound.internal.testing;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;

/** Java Sound formats for the fakes. */
public final class Formats {

    private Formats() {
    }

    /** Signed integer PCM, little endian. */
    public static AudioFormat pcm(float rateHz, int bits, int channels) {
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, rateHz, bits, channels, channels * bits / 8, rateHz,
                false);
    }

    /** Signed integer PCM at any rate, like the formats a real Java Sound mixer lists. */
    public static AudioFormat pcmAnyRate(int bits, int channels) {
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, AudioSystem.NOT_SPECIFIED, bits, channels,
                channels * bits / 8, AudioSystem.NOT_SPECIFIED, false);
    }

    /** 32-bit float PCM, little endian. */
    public static AudioFormat float32(float rateHz, int channels) {
        return new AudioFormat(AudioFormat.Encoding.PCM_FLOAT, rateHz, 32, channels, channels * 4, rateHz, false);
    }

    public static AudioFormat ulaw(float rateHz) {
        return new AudioFormat(AudioFormat.Encoding.ULAW, rateHz, 8, 1, 1, rateHz, false);
    }
}
