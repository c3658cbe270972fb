package io.segue.device.javasound.internal.testing;

/** Test signals and measurements on them. */
public final class Tones {

    private Tones() {
    }

    /** {@code frames} frames of a sine in every one of {@code channels} channels, interleaved. */
    public static float[] sine(double frequencyHz, double amplitude, int rateHz, int frames, int channels) {
        float[] x = new float[frames * channels];
        for (int f = 0; f < frames; f++) {
            float v = (float) (amplitude * Math.sin(2 * Math.PI * frequencyHz * f / rateHz));
            for (int c = 0; c < channels; c++) {
                x[f * channels + c] = v;
            }
        }
        return x;
    }

    /** Channel {@code channel} of interleaved {@code x}. */
    public static float[] channel(float[] x, int channels, int channel) {
        float[] out = new float[x.length / channels];
        for (int f = 0; f < out.length; f++) {
            out[f] = x[f * channels + channel];
        }
        return out;
    }

    public static double rms(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) x[i] * x[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    public static double decibels(double ratio) {
        return 20 * Math.log10(ratio);
    }
}
