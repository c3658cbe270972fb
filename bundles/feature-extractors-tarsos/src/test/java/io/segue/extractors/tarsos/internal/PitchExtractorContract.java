package io.segue.extractors.tarsos.internal;

import static io.segue.extractors.tarsos.internal.WaveFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What both pitch extractors must do; a subclass per extractor runs it. Tolerances: 1 Hz on pure and harmonic tones
 * (the detectors interpolate the period to a fraction of a sample: at 440 Hz and 22050 Hz one sample of period is
 * 9 Hz), probability above 0.9 on them.
 */
abstract class PitchExtractorContract {

    static final int N = DEFAULT_FORMAT.windowSize();
    static final double RATE = DEFAULT_FORMAT.sampleRateHz();

    abstract PitchExtractor extractor();

    /** The values of one frame of {@code samples} through a fresh processor of {@code format}: {pitch, probability}. */
    float[] values(AnalysisFormat format, float[] samples) {
        float[] values = new float[2];
        extractor().createProcessor(format).process(new WaveFrame(format, 0, samples), values);
        return values;
    }

    float[] values(float[] samples) {
        return values(DEFAULT_FORMAT, samples);
    }

    static void assertPitched(double expectedHz, float[] values, String what) {
        assertEquals(expectedHz, values[0], 1.0, what + ": pitch");
        assertTrue(values[1] > 0.9f && values[1] <= 1.0f, what + ": probability " + values[1]);
    }

    static void assertUnpitched(float[] values, String what) {
        assertTrue(Float.isNaN(values[0]), what + ": pitch should be NaN, was " + values[0]);
        assertEquals(0.0f, values[1], what + ": probability");
    }

    @Test
    void describesTwoWaveformOutputs() {
        ExtractorDescriptor descriptor = extractor().descriptor();
        assertEquals(2, descriptor.valueCount());
        assertEquals(0, descriptor.offsetOf("pitch"));
        assertEquals(1, descriptor.offsetOf("probability"));
        assertEquals("Hz", descriptor.outputs().get(0).unit());
        assertEquals(1.0, descriptor.outputs().get(1).maxValue());
        assertEquals(Set.of(InputDomain.WAVEFORM), descriptor.inputs());
        assertEquals(0, descriptor.historyFrames());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, 2.5})
    void sineOf440HzReads440(double phase) {
        assertPitched(440, values(Tones.sine(N, 440, RATE, 0.8, phase)), "440 Hz sine, phase " + phase);
    }

    @Test
    void quietSineReadsTheSame() {
        assertPitched(440, values(Tones.sine(N, 440, RATE, 0.001, 0.0)), "440 Hz sine at -60 dBFS");
    }

    @Test
    void sawtoothReadsItsFundamentalNotAnOctave() {
        assertPitched(220, values(Tones.sawtooth(N, 220, RATE, 0.8)), "220 Hz sawtooth");
    }

    @Test
    void harmonicToneWithAWeakFundamentalReadsItsFundamental() {
        // the second and third harmonics are three times as strong as the fundamental: the period is still 1/220 s
        assertPitched(220, values(Tones.harmonics(N, 220, RATE, 0.1, 1.0, 3.0, 3.0, 1.0)),
                "220 Hz tone with a weak fundamental");
    }

    @Test
    void sawtoothSemitonesFromE2ToA5AreWithinFiveCents() {
        // E2 (82 Hz) is the lowest semitone above MPM's 80 Hz limit; the error grows with the pitch because the
        // period, interpolated between whole lags, gets shorter (A5 = 880 Hz is 25 samples at 22050 Hz)
        int within = 0;
        int notes = 0;
        double worstCents = 0;
        for (int midi = 40; midi <= 81; midi++, notes++) {
            double hz = 440 * Math.pow(2, (midi - 69) / 12.0);
            float[] v = values(Tones.sawtooth(N, hz, RATE, 0.5));
            double cents = Math.abs(1200 * Math.log(v[0] / hz) / Math.log(2));
            worstCents = Double.isNaN(cents) ? Double.POSITIVE_INFINITY : Math.max(worstCents, cents);
            if (cents <= 5 && v[1] > 0.9f) {
                within++;
            }
        }
        System.out.printf("%s: %d/%d sawtooth semitones E2..A5 within 5 cents with probability > 0.9 "
                + "(worst %.1f cents)%n", extractor().descriptor().id(), within, notes, worstCents);
        assertEquals(notes, within);
    }

    @Test
    void toneBetweenStretchesOfDigitalSilenceReadsItsPitch() {
        // exact zeros at both ends of the window: MPM's normalization divides 0 by 0 at long lags. Within 1 %: the
        // burst's abrupt edges bias the interpolated period (YIN, which integrates over the first half, reads 441.6)
        float[] burst = Tones.sine(N, 440, RATE, 0.8, 0.0);
        Arrays.fill(burst, 0, N / 4, 0.0f);
        Arrays.fill(burst, 3 * N / 4, N, 0.0f);
        assertEquals(440, values(burst)[0], 4.4);
    }

    @Test
    void silenceIsUnpitched() {
        assertUnpitched(values(new float[N]), "silence");
    }

    @Test
    void singleSampleIsUnpitched() {
        assertUnpitched(values(Tones.impulse(N, N / 4, 1.0f)), "impulse");
        assertUnpitched(values(Tones.impulse(N, 0, 1.0f)), "impulse at 0");
    }

    @Test
    void whiteNoiseIsUnpitched() {
        int unpitched = 0;
        int seeds = 20;
        for (long seed = 1; seed <= seeds; seed++) {
            float[] v = values(Tones.whiteNoise(N, seed, 0.5));
            if (Float.isNaN(v[0]) && v[1] == 0.0f) {
                unpitched++;
            }
        }
        System.out.printf("%s: white noise unpitched in %d/%d windows%n", extractor().descriptor().id(), unpitched,
                seeds);
        assertEquals(seeds, unpitched);
    }

    @Test
    void consecutiveFramesAreIndependent() {
        FeatureProcessor processor = extractor().createProcessor(DEFAULT_FORMAT);
        float[] values = new float[2];
        processor.process(new WaveFrame(DEFAULT_FORMAT, 0, Tones.sine(N, 440, RATE, 0.8, 0.0)), values);
        assertPitched(440, values, "frame 0");
        processor.process(new WaveFrame(DEFAULT_FORMAT, 1, Tones.sawtooth(N, 220, RATE, 0.8)), values);
        assertPitched(220, values, "frame 1");
        processor.process(new WaveFrame(DEFAULT_FORMAT, 2, new float[N]), values);
        assertUnpitched(values, "frame 2");
        processor.process(new WaveFrame(DEFAULT_FORMAT, 3, Tones.sine(N, 330, RATE, 0.8, 0.0)), values);
        assertPitched(330, values, "frame 3");
    }

    @Test
    void resetGivesTheValuesOfAFreshProcessor() {
        float[][] signals = {Tones.sine(N, 440, RATE, 0.8, 0.0), Tones.whiteNoise(N, 7, 0.5),
                Tones.sawtooth(N, 150, RATE, 0.5)};
        FeatureProcessor used = extractor().createProcessor(DEFAULT_FORMAT);
        float[] values = new float[2];
        for (int i = 0; i < signals.length; i++) {
            used.process(new WaveFrame(DEFAULT_FORMAT, i, signals[i]), values);
        }
        used.reset();
        FeatureProcessor fresh = extractor().createProcessor(DEFAULT_FORMAT);
        float[] freshValues = new float[2];
        for (int i = signals.length - 1; i >= 0; i--) {
            used.process(new WaveFrame(DEFAULT_FORMAT, i, signals[i]), values);
            fresh.process(new WaveFrame(DEFAULT_FORMAT, i, signals[i]), freshValues);
            assertArrayEquals(freshValues, values, "signal " + i);
        }
    }

    @Test
    void wrongInputSizesAreRejected() {
        FeatureProcessor processor = extractor().createProcessor(DEFAULT_FORMAT);
        assertThrows(IllegalArgumentException.class,
                () -> processor.process(new WaveFrame(DEFAULT_FORMAT, 0, new float[N / 2]), new float[2]));
        assertThrows(IllegalArgumentException.class,
                () -> processor.process(new WaveFrame(DEFAULT_FORMAT, 0, new float[N + 1]), new float[2]));
        assertThrows(IllegalArgumentException.class,
                () -> processor.process(new WaveFrame(DEFAULT_FORMAT, 0, new float[N]), new float[1]));
    }

    @Test
    void windowsOutsideTheSupportedRangeAreRejectedSayingWhy() {
        for (int windowSize : new int[] {32, 8192}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> extractor().createProcessor(new AnalysisFormat(22050, windowSize, 32)));
            assertTrue(e.getMessage().contains("64 .. 4096") && e.getMessage().contains("" + windowSize),
                    e.getMessage());
        }
    }

    @Test
    void worksAt44100Hz() {
        AnalysisFormat format = new AnalysisFormat(44100, 2048, 512);
        assertPitched(440, values(format, Tones.sine(2048, 440, 44100, 0.8, 0.3)), "440 Hz sine at 44100 Hz");
        assertPitched(220, values(format, Tones.sawtooth(2048, 220, 44100, 0.8)), "220 Hz sawtooth at 44100 Hz");
        assertUnpitched(values(format, new float[2048]), "silence at 44100 Hz");
        assertUnpitched(values(format, Tones.whiteNoise(2048, 3, 0.5)), "noise at 44100 Hz");
    }

    @Test
    void worksAtTheSmallestAndLargestWindows() {
        // 64 samples at 8000 Hz: a 500 Hz period is 16 samples, within YIN's lags 2 .. 31
        assertPitched(500, values(new AnalysisFormat(8000, 64, 32), Tones.sine(64, 500, 8000, 0.8, 0.0)),
                "500 Hz in a 64-sample window");
        assertPitched(110, values(new AnalysisFormat(22050, 4096, 1024), Tones.sawtooth(4096, 110, 22050, 0.8)),
                "110 Hz in a 4096-sample window");
    }
}
