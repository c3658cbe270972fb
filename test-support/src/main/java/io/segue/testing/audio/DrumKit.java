package io.segue.testing.audio;

import java.util.Random;

/**
 * Synthesized drum sounds, added into a sample buffer at a given position: enough like the real instruments for
 * onset and tempo tests (a kick is low and long, a snare is a tone plus noise, a closed hi-hat is short high noise).
 * Each sound fades out over its last 10 ms. Deterministic: the noise comes from the {@link Random} the caller passes.
 */
public final class DrumKit {

    /** The sounds of the kit. */
    public enum Drum {
        /** A sine swept down from 150 Hz to 50 Hz with a 0.25 s exponential decay, 0.6 s long. */
        KICK,
        /** A 185 Hz tone burst (70 ms decay) plus high-passed noise (110 ms decay). */
        SNARE,
        /** High-passed noise with a 25 ms decay. */
        CLOSED_HAT,
        /** A metronome tick: a 1500 Hz tone burst with a 4 ms decay. */
        CLICK
    }

    private DrumKit() {
    }

    /**
     * Adds one hit of {@code drum} to {@code out}, starting at sample {@code start} (sounds running past the end are
     * cut), its peak amplitude about {@code gain}.
     */
    public static void add(float[] out, int start, Drum drum, double gain, double sampleRateHz, Random random) {
        switch (drum) {
            case KICK -> kick(out, start, gain, sampleRateHz);
            case SNARE -> snare(out, start, gain, sampleRateHz, random);
            case CLOSED_HAT -> hat(out, start, gain, sampleRateHz, random);
            case CLICK -> click(out, start, gain, sampleRateHz);
        }
    }

    private static void kick(float[] out, int start, double gain, double rate) {
        int length = (int) (0.6 * rate);
        double phase = 0;
        for (int i = 0; i < length && start + i < out.length; i++) {
            double t = i / rate;
            double hz = 50 + 100 * Math.exp(-t / 0.03);
            phase += 2 * Math.PI * hz / rate;
            out[start + i] += (float) (gain * fade(i, length, rate) * Math.exp(-t / 0.25) * Math.sin(phase));
        }
    }

    private static void snare(float[] out, int start, double gain, double rate, Random random) {
        int length = (int) (0.3 * rate);
        double previous = 0;
        for (int i = 0; i < length && start + i < out.length; i++) {
            double t = i / rate;
            double noise = random.nextDouble() * 2 - 1;
            double highPassed = noise - previous;
            previous = noise;
            double tone = Math.sin(2 * Math.PI * 185 * t) * Math.exp(-t / 0.07);
            out[start + i] += (float) (gain * fade(i, length, rate)
                    * (0.6 * tone + 0.35 * highPassed * Math.exp(-t / 0.11)));
        }
    }

    private static void hat(float[] out, int start, double gain, double rate, Random random) {
        int length = (int) (0.08 * rate);
        double x1 = 0;
        double x2 = 0;
        for (int i = 0; i < length && start + i < out.length; i++) {
            double t = i / rate;
            double noise = random.nextDouble() * 2 - 1;
            // second difference: a high-pass rising 12 dB per octave, peaking at the Nyquist frequency
            double highPassed = (noise - 2 * x1 + x2) / 4;
            x2 = x1;
            x1 = noise;
            out[start + i] += (float) (gain * fade(i, length, rate) * highPassed * Math.exp(-t / 0.025));
        }
    }

    private static void click(float[] out, int start, double gain, double rate) {
        int length = (int) (0.03 * rate);
        for (int i = 0; i < length && start + i < out.length; i++) {
            double t = i / rate;
            out[start + i] += (float) (gain * Math.sin(2 * Math.PI * 1500 * t) * Math.exp(-t / 0.004));
        }
    }

    /** A raised-cosine fade over the last 10 ms of a sound, so that its cut-off is not a click of its own. */
    private static double fade(int i, int length, double rate) {
        int fadeLength = (int) (0.01 * rate);
        int left = length - i;
        return left >= fadeLength ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * left / fadeLength);
    }
}
