package io.segue.extractors.internal.loudness;

/**
 * The EBU Tech 3341 / 3342 test signals as mono samples: 1 kHz sine segments of given durations and peak levels in
 * dBFS (0 dBFS = amplitude 1), played back to back with continuous phase. Read as dual mono, a segment at X dBFS is the
 * EBU stereo signal with X dBFS on both channels.
 */
final class ToneSequence {

    private ToneSequence() {
    }

    /**
     * @param segments pairs {@code seconds, dBFS}; each segment has {@code round(seconds * rate)} samples
     */
    static float[] of(int sampleRateHz, double... segments) {
        int total = 0;
        for (int i = 0; i < segments.length; i += 2) {
            total += (int) Math.round(segments[i] * sampleRateHz);
        }
        float[] out = new float[total];
        // a rotating phasor: one multiplication per sample instead of a Math.sin
        double step = 2 * Math.PI * 1000.0 / sampleRateHz;
        double cosStep = Math.cos(step);
        double sinStep = Math.sin(step);
        double re = 1.0;
        double im = 0.0;
        int n = 0;
        for (int i = 0; i < segments.length; i += 2) {
            int length = (int) Math.round(segments[i] * sampleRateHz);
            double amplitude = Math.pow(10, segments[i + 1] / 20);
            for (int j = 0; j < length; j++) {
                out[n++] = (float) (amplitude * im);
                double nextRe = re * cosStep - im * sinStep;
                im = re * sinStep + im * cosStep;
                re = nextRe;
            }
            double norm = Math.hypot(re, im);
            re /= norm;
            im /= norm;
        }
        return out;
    }

    /** {@code times} repetitions of {@code segments}. */
    static double[] repeat(int times, double... segments) {
        double[] out = new double[segments.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(segments, 0, out, i * segments.length, segments.length);
        }
        return out;
    }
}
