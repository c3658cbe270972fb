package io.segue.extractors.internal.flux;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.FrameFeeder;
import io.segue.extractors.internal.FrameFeeder.FrameValues;
import io.segue.extractors.internal.HannSpectrum;
import io.segue.extractors.internal.Signals;
import io.segue.extractors.internal.TestFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpectralFluxExtractorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final int HOP = DEFAULT_FORMAT.hopSize();
    private static final double RATE = DEFAULT_FORMAT.sampleRateHz();
    private static final double BIN_HZ = RATE / N;

    /**
     * Between sines on bins far apart: each normalized lobe is 1/4, 1/2, 1/4 and they do not overlap, so
     * sqrt(2 (1/16 + 1/4 + 1/16)).
     */
    private static final double TONE_CHANGE = Math.sqrt(0.75);

    private final SpectralFluxExtractor extractor = new SpectralFluxExtractor();
    private final FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
    private final float[] values = new float[1];

    private float process(long startSample, float[] samples) {
        processor.process(new TestFrame(DEFAULT_FORMAT, startSample / HOP, startSample, samples,
                HannSpectrum.magnitudes(samples)), values);
        return values[0];
    }

    private static float[] toneOnBin(int bin, double amplitude) {
        return Signals.sine(N, bin * BIN_HZ, RATE, amplitude);
    }

    @Test
    void silenceHasNoFlux() {
        List<FrameValues> frames = new FrameFeeder(extractor, DEFAULT_FORMAT).feed(new float[N * 4]);
        assertEquals(13, frames.size());
        for (FrameValues frame : frames) {
            assertEquals(0.0f, frame.value(0), "frame " + frame.index());
        }
    }

    @Test
    void aSteadySineHasNoFluxAcrossOverlappingFrames() {
        // on an exact bin, every window of the sine has the same magnitudes, whatever its phase
        List<FrameValues> frames = new FrameFeeder(extractor, DEFAULT_FORMAT)
                .feed(Signals.sine(N * 8, 64 * BIN_HZ, RATE, 0.5));
        for (FrameValues frame : frames) {
            assertEquals(0.0, frame.value(0), 1e-4, "frame " + frame.index());
        }
    }

    @Test
    void aChangeOfToneIsKnownExactly() {
        assertEquals(0.0f, process(0, toneOnBin(100, 1.0)));
        assertEquals(TONE_CHANGE, process(HOP, toneOnBin(300, 1.0)), 1e-4);
        assertEquals(TONE_CHANGE, process(2 * HOP, toneOnBin(100, 0.1)), 1e-4);
        assertEquals(0.0, process(3 * HOP, toneOnBin(100, 0.9)), 1e-4, "only louder: no flux");
    }

    @Test
    void anImpulseAfterSilenceIsTheNormOfAFlatSpectrum() {
        assertEquals(0.0f, process(0, new float[N]));
        // from the zero vector to 1/1025 in every bin: sqrt(1025 / 1025^2)
        assertEquals(1 / Math.sqrt(1025), process(HOP, Signals.impulse(N, N / 4, 1f)), 1e-6);
        assertEquals(0.0, process(2 * HOP, Signals.impulse(N, N / 2, 0.1f)), 1e-6, "still flat");
    }

    @Test
    void afterAGapTheFirstFrameHasNoFlux() {
        assertEquals(0.0f, process(0, toneOnBin(100, 1.0)));
        assertEquals(0.0f, process(HOP + 1, toneOnBin(300, 1.0)), "one sample more than the hop is a gap");
        assertEquals(TONE_CHANGE, process(2 * HOP + 1, toneOnBin(100, 1.0)), 1e-4, "compares with the frame "
                + "after the gap");
        assertEquals(0.0f, process(2 * HOP + 1, toneOnBin(300, 1.0)), "the same position again is no successor");
        assertEquals(0.0f, process(HOP, toneOnBin(100, 1.0)), "nor is an earlier one");
        assertEquals(0.0f, process(HOP + 100, toneOnBin(300, 1.0)), "nor one less than a hop on: one rule, the hop");
    }

    @Test
    void resetForgetsThePreviousFrame() {
        process(0, toneOnBin(100, 1.0));
        processor.reset();
        assertEquals(0.0f, process(HOP, toneOnBin(300, 1.0)));
        assertEquals(TONE_CHANGE, process(2 * HOP, toneOnBin(100, 1.0)), 1e-4);
    }

    @Test
    void twoProcessorsDoNotShareState() {
        FeatureProcessor other = extractor.createProcessor(DEFAULT_FORMAT);
        process(0, toneOnBin(100, 1.0));
        float[] otherValues = new float[1];
        other.process(TestFrame.of(DEFAULT_FORMAT, 1, toneOnBin(300, 1.0)), otherValues);
        assertEquals(0.0f, otherValues[0]);
        assertEquals(TONE_CHANGE, process(HOP, toneOnBin(300, 1.0)), 1e-4);
    }

    @Test
    void noiseFramesDifferModerately() {
        List<FrameValues> frames = new FrameFeeder(extractor, DEFAULT_FORMAT).feed(Signals.whiteNoise(N * 6, 4));
        assertEquals(0.0f, frames.get(0).value(0));
        for (FrameValues frame : frames.subList(1, frames.size())) {
            // a quarter of each window is new, but the normalized noise spectra stay close: far from sqrt(2)
            assertTrue(frame.value(0) > 0.001 && frame.value(0) < 0.1, "frame " + frame.index() + ": "
                    + frame.value(0));
        }
    }

    @Test
    void hopFollowsTheFormat() {
        AnalysisFormat other = new AnalysisFormat(44100, 1024, 256);
        FeatureProcessor p = extractor.createProcessor(other);
        double binHz = 44100.0 / 1024;
        float[] v = new float[1];
        p.process(TestFrame.of(other, 0, Signals.sine(1024, 50 * binHz, 44100, 1.0)), v);
        p.process(TestFrame.of(other, 1, Signals.sine(1024, 200 * binHz, 44100, 1.0)), v);
        assertEquals(TONE_CHANGE, v[0], 1e-4);
        p.process(new TestFrame(other, 2, 3 * 256, Signals.sine(1024, 50 * binHz, 44100, 1.0),
                HannSpectrum.magnitudes(Signals.sine(1024, 50 * binHz, 44100, 1.0))), v);
        assertEquals(0.0f, v[0], "two hops on is a gap");
    }
}
