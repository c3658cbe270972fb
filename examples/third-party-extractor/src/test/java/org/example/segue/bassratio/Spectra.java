package org.example.segue.bassratio;

import io.segue.api.feature.AnalysisFormat;

/** Spectra for tests: a single bin, and the one Segue computes of a signal (a plain DFT, slow and obviously right). */
final class Spectra {

    private Spectra() {
    }

    /** All bins 0 except the given ones: {@code bins[i]} holds {@code magnitudes[i]}. */
    static float[] bins(AnalysisFormat format, int[] bins, float[] magnitudes) {
        float[] spectrum = new float[format.spectrumSize()];
        for (int i = 0; i < bins.length; i++) {
            spectrum[bins[i]] = magnitudes[i];
        }
        return spectrum;
    }

    /** The sum of sines of the given frequencies (Hz) and amplitudes, one window of them. */
    static float[] sines(AnalysisFormat format, double[] hz, double[] amplitudes) {
        float[] samples = new float[format.windowSize()];
        for (int n = 0; n < samples.length; n++) {
            double t = (double) n / format.sampleRateHz();
            double value = 0;
            for (int i = 0; i < hz.length; i++) {
                value += amplitudes[i] * Math.sin(2 * Math.PI * hz[i] * t);
            }
            samples[n] = (float) value;
        }
        return samples;
    }

    /**
     * The magnitudes of the DFT of the periodic-Hann-windowed samples, {@code windowSize / 2 + 1} bins, not normalized:
     * what {@code AnalysisFrame.magnitudes()} holds.
     */
    static float[] hannMagnitudes(float[] samples) {
        int size = samples.length;
        float[] magnitudes = new float[size / 2 + 1];
        for (int k = 0; k < magnitudes.length; k++) {
            double re = 0;
            double im = 0;
            for (int n = 0; n < size; n++) {
                double windowed = samples[n] * 0.5 * (1 - Math.cos(2 * Math.PI * n / size));
                double angle = 2 * Math.PI * k * n / size;
                re += windowed * Math.cos(angle);
                im -= windowed * Math.sin(angle);
            }
            magnitudes[k] = (float) Math.hypot(re, im);
        }
        return magnitudes;
    }
}
