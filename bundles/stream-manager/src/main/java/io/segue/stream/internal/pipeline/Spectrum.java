package io.segue.stream.internal.pipeline;

import org.jtransforms.fft.FloatFFT_1D;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * The magnitude spectrum of Hann-windowed frames of a fixed size, planned once and computed in place: no
 * allocation per frame.
 */
final class Spectrum {

    static {
        // JTransforms would split windows of 8192 and more across a static thread pool, allocating per frame; this
        // copy is private to the bundle, so the setting is ours alone
        ConcurrencyUtils.setNumberOfThreads(1);
    }

    private final int size;
    private final float[] window;
    private final float[] work;
    private final FloatFFT_1D fft;

    Spectrum(int size) {
        this.size = size;
        this.window = new float[size];
        // periodic Hann, as librosa's default (scipy.signal.get_window('hann', n, fftbins=True))
        for (int n = 0; n < size; n++) {
            window[n] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * n / size));
        }
        this.work = new float[size];
        this.fft = new FloatFFT_1D(size);
    }

    /** Writes {@code size / 2 + 1} magnitudes of the DFT of the windowed {@code samples} into {@code magnitudes}. */
    void magnitudes(float[] samples, float[] magnitudes) {
        for (int n = 0; n < size; n++) {
            work[n] = samples[n] * window[n];
        }
        fft.realForward(work);
        // JTransforms packs Re[0] and Re[n/2] into work[0] and work[1]; then Re[k], Im[k] pairs
        magnitudes[0] = Math.abs(work[0]);
        magnitudes[size / 2] = Math.abs(work[1]);
        for (int k = 1; k < size / 2; k++) {
            float re = work[2 * k];
            float im = work[2 * k + 1];
            magnitudes[k] = (float) Math.sqrt(re * re + im * im);
        }
    }
}
