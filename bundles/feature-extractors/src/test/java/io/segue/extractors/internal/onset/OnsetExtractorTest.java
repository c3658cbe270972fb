package io.segue.extractors.internal.onset;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.Signals;
import io.segue.extractors.internal.TestFrame;
import io.segue.testing.Allocations;
import io.segue.testing.audio.DrumKit;
import io.segue.testing.audio.DrumKit.Drum;
import io.segue.testing.audio.DrumPattern;
import io.segue.testing.audio.DrumPattern.Style;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OnsetExtractorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final int RATE = DEFAULT_FORMAT.sampleRateHz();

    private final OnsetExtractor extractor = new OnsetExtractor();
    private final RhythmRun rhythm = new RhythmRun(DEFAULT_FORMAT);

    @Test
    void descriptorHasStrengthOnsetAndLowStrengthLast() {
        assertEquals("onset", extractor.descriptor().id());
        assertEquals("2", extractor.descriptor().version());
        assertEquals(0, extractor.descriptor().offsetOf("strength"));
        assertEquals(1, extractor.descriptor().offsetOf("onset"));
        assertEquals(2, extractor.descriptor().offsetOf("low-strength"));
        assertEquals(3, extractor.descriptor().valueCount());
    }

    /** Kicks read in the low band, snares and hats hardly: what tells a kick on 1 and 3 from a snare on 2 and 4. */
    @Test
    void lowStrengthIsTheKickNotTheSnareOrTheHat() {
        double[] peaks = new double[Drum.values().length];
        for (Drum drum : Drum.values()) {
            float[] signal = new float[RATE];
            DrumKit.add(signal, RATE / 2, drum, 0.8, RATE, new Random(5));
            RhythmRun.Run run = rhythm.run(extractor, signal);
            for (float[] v : run.values()) {
                assertTrue(v[2] >= 0, drum + ": negative low strength " + v[2]);
                peaks[drum.ordinal()] = Math.max(peaks[drum.ordinal()], v[2]);
            }
        }
        double kick = peaks[Drum.KICK.ordinal()];
        System.out.printf(Locale.ROOT, "onset low-strength peaks: kick %.3f, snare %.3f, hat %.5f, click %.3f%n",
                peaks[Drum.KICK.ordinal()], peaks[Drum.SNARE.ordinal()], peaks[Drum.CLOSED_HAT.ordinal()],
                peaks[Drum.CLICK.ordinal()]);
        assertTrue(kick > 0.2, "kick peak " + kick);
        assertTrue(peaks[Drum.SNARE.ordinal()] < 0.4 * kick, "snare peak " + peaks[Drum.SNARE.ordinal()]);
        assertTrue(peaks[Drum.CLICK.ordinal()] < 0.1 * kick, "click peak " + peaks[Drum.CLICK.ordinal()]);
        assertTrue(peaks[Drum.CLOSED_HAT.ordinal()] < 0.05 * kick, "hat peak " + peaks[Drum.CLOSED_HAT.ordinal()]);
    }

    @Test
    void silenceHasNoStrengthAndNoOnset() {
        RhythmRun.Run run = rhythm.run(extractor, new float[RATE * 3]);
        for (float[] v : run.values()) {
            assertEquals(0f, v[0]);
            assertTrue(Float.isNaN(v[1]));
            assertEquals(0f, v[2]);
        }
    }

    @Test
    void aSingleSampleImpulseIsOneOnsetWhereTheImpulseIs() {
        int at = RATE + 300;
        RhythmRun.Run run = rhythm.run(extractor, Signals.impulse(RATE * 2, at, 0.9f));
        double[] onsets = run.events(1);
        assertEquals(1, onsets.length, "one impulse, one onset");
        // within a hop (23 ms) of the impulse: the compensation is calibrated on drums, the impulse is an extreme
        assertEquals((double) at / RATE, onsets[0], 512.0 / RATE);
    }

    @Test
    void twoBlocksChangeTheValueAndResetStartsOver() {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        float[] first = new float[3];
        float[] second = new float[3];
        float[] tone = Signals.sine(N, 1000, RATE, 0.5);
        processor.process(TestFrame.of(DEFAULT_FORMAT, 0, new float[N]), first);
        processor.process(TestFrame.of(DEFAULT_FORMAT, 1, tone), second);
        assertEquals(0f, first[0]);
        assertTrue(second[0] > 0, "a tone after silence rises");
        processor.reset();
        float[] again = new float[3];
        processor.process(TestFrame.of(DEFAULT_FORMAT, 0, new float[N]), again);
        assertArrayEquals(first, again);
        processor.process(TestFrame.of(DEFAULT_FORMAT, 1, tone), again);
        assertArrayEquals(second, again);
    }

    @Test
    void resetGivesTheValuesOfAFreshProcessor() {
        float[] signal = DrumPattern.of(Style.BOOM_BAP, 90).render(4, RATE, 3).samples();
        FeatureProcessor used = extractor.createProcessor(DEFAULT_FORMAT);
        rhythm.run(used, 3, signal);
        used.reset();
        RhythmRun.Run again = rhythm.run(used, 3, signal);
        RhythmRun.Run fresh = rhythm.run(extractor, signal);
        for (int i = 0; i < fresh.values().length; i++) {
            assertArrayEquals(fresh.values()[i], again.values()[i], "frame " + i);
        }
    }

    @Test
    void aGapStartsTheReferenceOver() {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        float[] values = new float[3];
        float[] tone = Signals.sine(N, 1000, RATE, 0.5);
        processor.process(TestFrame.of(DEFAULT_FORMAT, 0, tone), values);
        processor.process(new TestFrame(DEFAULT_FORMAT, 1, 10 * 512, tone, TestFrame.of(DEFAULT_FORMAT, 1, tone)
                .magnitudes()), values);
        assertEquals(0f, values[0], "after a gap the first frame has no reference, as after a reset");
    }

    @Test
    void wrongSizesAreRefused() {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        AnalysisFormat other = new AnalysisFormat(RATE, 1024, 512);
        assertThrows(IllegalArgumentException.class,
                () -> processor.process(TestFrame.of(other, 0, new float[1024]), new float[3]));
        assertThrows(IllegalArgumentException.class,
                () -> processor.process(TestFrame.of(DEFAULT_FORMAT, 0, new float[N]), new float[2]));
    }

    @Test
    void processAllocatesNothing() {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        float[] signal = DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 125).render(1, RATE, 1).samples();
        TestFrame[] frames = new TestFrame[16];
        for (int i = 0; i < frames.length; i++) {
            float[] samples = java.util.Arrays.copyOfRange(signal, i * 512, i * 512 + N);
            frames[i] = new TestFrame(DEFAULT_FORMAT, i, i * 512L, samples, rhythm.magnitudes(samples));
        }
        float[] values = new float[3];
        int[] next = {0};
        Runnable frame = () -> {
            processor.process(frames[next[0] % 16], values);
            next[0]++;
            if (next[0] % 16 == 0) {
                processor.reset();
            }
        };
        // up to three rounds: an allocation per frame shows in each, a late compilation on a busy machine in one
        long bytes = Long.MAX_VALUE;
        for (int round = 0; round < 3 && bytes != 0; round++) {
            bytes = Math.min(bytes, Allocations.bytesAllocatedBy(frame, 10000));
        }
        assertEquals(0, bytes);
    }

    /**
     * Calibration of {@link OnsetStrength#ATTACK_OFFSET_WINDOWS}: single drum hits and clicks at positions spread
     * over the hop; the reported onset must be within 10 ms of the hit on average and each within 35 ms.
     */
    @Test
    void reportedOnsetsAreWhereTheAttacksAre() {
        Random random = new Random(11);
        double sumError = 0;
        double sumAbs = 0;
        int count = 0;
        for (Drum drum : Drum.values()) {
            for (int i = 0; i < 8; i++) {
                float[] signal = new float[RATE * 2];
                int at = RATE / 2 + i * 64 + random.nextInt(64);
                DrumKit.add(signal, at, drum, 0.8, RATE, random);
                double[] onsets = rhythm.run(extractor, signal).events(1);
                assertEquals(1, onsets.length, drum + " at " + at);
                double error = onsets[0] - (double) at / RATE;
                assertTrue(Math.abs(error) < 0.035, drum + " error " + error);
                sumError += error;
                sumAbs += Math.abs(error);
                count++;
            }
        }
        System.out.printf(Locale.ROOT, "onset timing: mean error %.1f ms, mean absolute error %.1f ms over %d hits%n",
                1000 * sumError / count, 1000 * sumAbs / count, count);
        assertTrue(Math.abs(sumError / count) < 0.010);
    }

    @Test
    void percussiveOnsetsAreFoundWithinFiftyMilliseconds() {
        DrumPattern[] patterns = {DrumPattern.of(Style.CLICK, 100).withHumanize(5),
                DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 124).withHumanize(3),
                DrumPattern.of(Style.BOOM_BAP, 88).withHumanize(5), DrumPattern.of(Style.HALF_TIME, 140),
                DrumPattern.of(Style.DRUM_AND_BASS, 172).withNoise(0.005)};
        EventScore total = new EventScore(0, 0, 0, Double.NaN);
        long seed = 21;
        for (DrumPattern pattern : patterns) {
            DrumPattern.Rendering r = pattern.render(12, RATE, seed++);
            double end = 12 - (double) N / RATE;
            double[] truth = EventScore.between(r.onsetSeconds(), 0.1, end);
            double[] detected = EventScore.between(rhythm.run(extractor, r.samples()).events(1), 0.05, end + 0.05);
            EventScore score = EventScore.of(truth, detected, 0.05);
            assertTrue(score.f() >= 0.85, pattern + ": " + score);
            total = total.plus(score);
        }
        System.out.println("onsets (drums and clicks, +-50 ms): " + total);
        assertTrue(total.f() >= 0.9, total.toString());
    }
}
