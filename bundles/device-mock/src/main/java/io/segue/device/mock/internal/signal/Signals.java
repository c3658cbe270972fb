package io.segue.device.mock.internal.signal;

/** Argument checks shared by the generators. */
final class Signals {

    private Signals() {
    }

    static float requireAmplitude(double amplitude) {
        if (!(amplitude >= 0 && amplitude <= 1)) {
            throw new IllegalArgumentException("amplitude must be in [0, 1], was " + amplitude);
        }
        return (float) amplitude;
    }

    static void requireSampleRate(int sampleRateHz) {
        if (sampleRateHz <= 0) {
            throw new IllegalArgumentException("sampleRateHz must be positive, was " + sampleRateHz);
        }
    }
}
