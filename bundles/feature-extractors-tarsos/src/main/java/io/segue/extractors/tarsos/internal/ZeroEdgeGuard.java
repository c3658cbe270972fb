package io.segue.extractors.tarsos.internal;

import be.tarsos.dsp.pitch.PitchDetectionResult;
import be.tarsos.dsp.pitch.PitchDetector;

/**
 * Keeps TarsosDSP's {@code McLeodPitchMethod} away from 0/0. Its normalized square difference at lag {@code τ} divides
 * by {@code Σ_{j<n-τ} (x[j]² + x[j+τ]²)}, which is 0 for the long lags of a window that starts and ends with exact
 * zeros (digital silence, a click in silence). The quotient is then NaN, and with assertions enabled (tests, or a JVM
 * run with {@code -ea}) its peak picking fails {@code assert nsdf[pos] >= 0} with an {@link AssertionError}.
 *
 * <p>Such a window (its first two and last two samples exactly 0, the only case that puts a NaN within the lags the
 * peak picking asserts on) is copied into a scratch buffer whose last sample is set to {@value #EDGE_VALUE}. Every
 * divisor then holds at least {@code EDGE_VALUE²} (that sample pairs with {@code x[n-1-τ]} at every lag), so the NaN
 * lags become 0; elsewhere the sums change by at most {@code EDGE_VALUE} times a sample, far below the float
 * resolution of any audible signal. Other windows pass through untouched. Nothing is allocated per call.
 */
final class ZeroEdgeGuard implements PitchDetector {

    /** Squares to 1e-30, a normal float: never flushed to zero. */
    static final float EDGE_VALUE = 1e-15f;

    private final PitchDetector detector;
    private final float[] scratch;

    ZeroEdgeGuard(PitchDetector detector, int windowSize) {
        this.detector = detector;
        this.scratch = new float[windowSize];
    }

    @Override
    public PitchDetectionResult getPitch(float[] samples) {
        int n = samples.length;
        if (n < 4 || samples[0] != 0.0f || samples[1] != 0.0f || samples[n - 2] != 0.0f || samples[n - 1] != 0.0f) {
            return detector.getPitch(samples);
        }
        System.arraycopy(samples, 0, scratch, 0, n);
        scratch[n - 1] = EDGE_VALUE;
        return detector.getPitch(scratch);
    }
}
