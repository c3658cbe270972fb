package io.segue.device.mock.internal.signal;

import java.util.Objects;

/**
 * White noise, uniformly distributed in [-amplitude, amplitude) (RMS {@code amplitude / √3}). The same seed gives
 * the same samples, on every JVM.
 */
public final class NoiseGenerator implements SignalGenerator {

    private static final double UNIT = 0x1.0p-53;

    private final double amplitude;
    private long state;

    /** @throws IllegalArgumentException when the amplitude is not in [0, 1] */
    public NoiseGenerator(long seed, double amplitude) {
        this.amplitude = Signals.requireAmplitude(amplitude);
        this.state = seed;
    }

    @Override
    public void fill(float[] buffer, int offset, int frames) {
        Objects.checkFromIndexSize(offset, frames, buffer.length);
        for (int i = offset, end = offset + frames; i < end; i++) {
            double uniform = (nextLong() >>> 11) * UNIT; // [0, 1) with 53 random bits
            buffer[i] = (float) (amplitude * (2 * uniform - 1));
        }
    }

    /** SplitMix64 (Steele, Lea, Flood 2014): small, fast, well distributed, and fully specified by its seed. */
    private long nextLong() {
        long z = state += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
