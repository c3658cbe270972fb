package io.segue.decoders.internal.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The source of the encoded test fixtures, computed exactly (no randomness): 8 s at 22050 Hz, mono.
 *
 * <ul>
 *   <li>0 to 7 s: an A-minor triad (A3, C4, E4; 0.08 each) with a kick on every beat at 128 BPM (a sine falling
 *       from 150 Hz to 50 Hz, peak 0.6, decaying with a 40 ms time constant, 150 ms long);</li>
 *   <li>7 to 8 s: a 440 Hz tone at 0.5 with 10 ms fades, to measure the pitch after decoding.</li>
 * </ul>
 *
 * <p>{@code java FixtureSignal.java out.wav} writes it as 16-bit PCM WAV (the recipe in
 * {@code src/test/fixtures/README.md}); the tests compute the same samples to compare the decoded audio with.
 * Uses nothing but the JDK so that it runs as a single source file.
 */
public final class FixtureSignal {

    public static final int RATE_HZ = 22_050;
    public static final int FRAMES = 8 * RATE_HZ;
    public static final double BPM = 128;
    public static final double BEAT_SECONDS = 60 / BPM;
    /** Where the kicks end and the tone starts. */
    public static final double TONE_START_SECONDS = 7.0;
    public static final double TONE_HZ = 440;
    public static final double TONE_AMPLITUDE = 0.5;

    private static final double[] CHORD_HZ = {220.0, 261.6256, 329.6276};
    private static final double CHORD_AMPLITUDE = 0.08;
    private static final double KICK_PEAK = 0.6;
    private static final double KICK_DECAY_SECONDS = 0.04;
    private static final double KICK_SECONDS = 0.15;

    private FixtureSignal() {
    }

    /** The samples, in [-1, 1]. */
    public static float[] samples() {
        float[] x = new float[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            double t = i / (double) RATE_HZ;
            double v = 0;
            if (t < TONE_START_SECONDS) {
                for (double f : CHORD_HZ) {
                    v += CHORD_AMPLITUDE * Math.sin(2 * Math.PI * f * t);
                }
                double sinceBeat = t - Math.floor(t / BEAT_SECONDS) * BEAT_SECONDS;
                if (sinceBeat < KICK_SECONDS) {
                    // phase of a sweep from 150 Hz down to 50 Hz with a 30 ms time constant
                    double phase = 2 * Math.PI * (50 * sinceBeat + 100 * 0.03 * (1 - Math.exp(-sinceBeat / 0.03)));
                    v += KICK_PEAK * Math.exp(-sinceBeat / KICK_DECAY_SECONDS) * Math.sin(phase);
                }
            } else {
                double s = t - TONE_START_SECONDS;
                double fade = Math.min(1, Math.min(s, 1 - s) / 0.01);
                v = TONE_AMPLITUDE * Math.max(0, fade) * Math.sin(2 * Math.PI * TONE_HZ * s);
            }
            x[i] = (float) v;
        }
        return x;
    }

    /** The beat onsets before the tone, in frames. */
    public static int[] beatFrames() {
        int beats = (int) Math.ceil(TONE_START_SECONDS / BEAT_SECONDS);
        int[] frames = new int[beats];
        for (int b = 0; b < beats; b++) {
            frames[b] = (int) Math.ceil(b * BEAT_SECONDS * RATE_HZ);
        }
        return frames;
    }

    /** Writes the signal as a 16-bit PCM mono WAV file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: java FixtureSignal.java <out.wav>");
        }
        float[] x = samples();
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * x.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * x.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(RATE_HZ)
                .putInt(2 * RATE_HZ).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(2 * x.length);
        for (float v : x) {
            b.putShort((short) Math.round(v * 32_767));
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            out.write(b.array());
        }
    }
}
