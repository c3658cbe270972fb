package io.segue.device.mock.internal.signal;

import java.util.Objects;

/** A sine wave starting at phase 0: {@code amplitude * sin(2π f n / sampleRateHz)}. */
public final class SineGenerator implements SignalGenerator {

    private static final double TWO_PI = 2 * Math.PI;

    private final float amplitude;
    private final double cyclesPerFrame;
    /** In cycles, kept in [0, 1) so that its precision does not degrade however long the generator runs. */
    private double phase;

    /**
     * @throws IllegalArgumentException when the frequency is not in (0, sampleRateHz / 2), or the amplitude is not
     *                                  in [0, 1]
     */
    public SineGenerator(double frequencyHz, double amplitude, int sampleRateHz) {
        Signals.requireSampleRate(sampleRateHz);
        if (!(frequencyHz > 0 && frequencyHz < sampleRateHz / 2.0)) {
            throw new IllegalArgumentException("frequency must be in (0, " + sampleRateHz / 2.0
                    + ") Hz (below half the sample rate " + sampleRateHz + " Hz), was " + frequencyHz);
        }
        this.amplitude = Signals.requireAmplitude(amplitude);
        this.cyclesPerFrame = frequencyHz / sampleRateHz;
    }

    @Override
    public void fill(float[] buffer, int offset, int frames) {
        Objects.checkFromIndexSize(offset, frames, buffer.length);
        double p = phase;
        for (int i = offset, end = offset + frames; i < end; i++) {
            buffer[i] = (float) (amplitude * Math.sin(TWO_PI * p));
            p += cyclesPerFrame;
            if (p >= 1) {
                p -= 1;
            }
        }
        phase = p;
    }
}
