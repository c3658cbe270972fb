package io.segue.extractors.internal.chroma;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.feature.AnalysisFormat;
import io.segue.extractors.internal.HannSpectrum;
import io.segue.extractors.internal.Signals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TuningEstimatorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final double SAMPLE_RATE = DEFAULT_FORMAT.sampleRateHz();

    /** 12 log2(hz / 440) wrapped to [-0.5, 0.5): the deviation the estimate is defined to find. */
    private static double expectedDeviation(double hz) {
        double semitones = 12 * Math.log(hz / 440) / Math.log(2);
        return semitones - Math.floor(semitones + 0.5);
    }

    private static double estimateOf(double hz, AnalysisFormat format, int frames) {
        TuningEstimator estimator = new TuningEstimator(format);
        for (int i = 0; i < frames; i++) {
            estimator.update(HannSpectrum.magnitudes(Signals.sine(format.windowSize(), hz, format.sampleRateHz(),
                    0.5)));
        }
        return estimator.tuningSemitones();
    }

    @Test
    void deviationWrapsToHalfASemitone() {
        assertEquals(0.0, TuningEstimator.deviationSemitones(440), 1e-12);
        assertEquals(0.0, TuningEstimator.deviationSemitones(261.6255653), 1e-6);
        assertEquals(12 * Math.log(446.0 / 440) / Math.log(2), TuningEstimator.deviationSemitones(446), 1e-12);
        // a quarter-tone-and-a-bit sharp of A is a bit flat of B-flat
        assertEquals(-0.4, TuningEstimator.deviationSemitones(440 * Math.pow(2, 0.6 / 12)), 1e-9);
        assertEquals(49, TuningEstimator.binOf(-0.005));
        assertEquals(0, TuningEstimator.binOf(-0.5));
        assertEquals(99, TuningEstimator.binOf(0.4999));
    }

    @Test
    void logParabolaIsExactForAGaussianPeak() {
        double centre = 0.3;
        float left = (float) Math.exp(-Math.pow(-1 - centre, 2) / 2);
        float middle = (float) Math.exp(-Math.pow(-centre, 2) / 2);
        float right = (float) Math.exp(-Math.pow(1 - centre, 2) / 2);
        assertEquals(centre, TuningEstimator.peakOffset(left, middle, right), 1e-6);
        assertEquals(0.0, TuningEstimator.peakOffset(0f, 1f, 0.5f));
    }

    @ParameterizedTest
    @ValueSource(doubles = {440, 446, 434, 261.63, 523.25 * 1.012, 1000, 180})
    void sineGivesItsDeviation(double hz) {
        // half a cent (the estimate is a bin's centre) plus the log-parabola's bias on a Hann peak, below 0.03 bin
        double binWidth = DEFAULT_FORMAT.binFrequencyHz(1);
        double tolerance = 0.005 + 12 * Math.log(1 + 0.03 * binWidth / hz) / Math.log(2);
        assertEquals(expectedDeviation(hz), estimateOf(hz, DEFAULT_FORMAT, 4), tolerance, hz + " Hz");
    }

    @Test
    void a446IsAboutAQuarterSemitoneSharp() {
        assertEquals(0.2345, estimateOf(446, DEFAULT_FORMAT, 3), 0.015);
        assertEquals(0.2345, estimateOf(446, new AnalysisFormat(44100, 4096, 1024), 3), 0.015);
    }

    @Test
    void noPeakNoEstimate() {
        TuningEstimator estimator = new TuningEstimator(DEFAULT_FORMAT);
        estimator.update(new float[N / 2 + 1]);
        assertEquals(0.0, estimator.tuningSemitones(), "no vote yet");
        // a sine at -90 dBFS is below the -80 dBFS floor
        estimator.update(HannSpectrum.magnitudes(Signals.sine(N, 446, SAMPLE_RATE, 3e-5)));
        assertEquals(0.0, estimator.tuningSemitones());
        // outside 150 Hz .. 4 kHz peaks do not vote
        estimator.update(HannSpectrum.magnitudes(Signals.sine(N, 100 * Math.pow(2, 0.3 / 12), SAMPLE_RATE, 0.5)));
        assertEquals(0.0, estimator.tuningSemitones());
    }

    @Test
    void recentVotesOutweighOldOnes() {
        TuningEstimator estimator = new TuningEstimator(DEFAULT_FORMAT);
        float[] sharp = HannSpectrum.magnitudes(Signals.sine(N, 446, SAMPLE_RATE, 0.5));
        float[] flat = HannSpectrum.magnitudes(Signals.sine(N, 434, SAMPLE_RATE, 0.5));
        for (int i = 0; i < 100; i++) {
            estimator.update(sharp);
        }
        // 100 votes decay by exp(-hop * frames / (sr * 10 s)); 120 fresh frames' votes outnumber them
        for (int i = 0; i < 120; i++) {
            estimator.update(flat);
        }
        assertEquals(expectedDeviation(434), estimator.tuningSemitones(), 0.02);
        estimator.reset();
        assertEquals(0.0, estimator.tuningSemitones());
    }
}
