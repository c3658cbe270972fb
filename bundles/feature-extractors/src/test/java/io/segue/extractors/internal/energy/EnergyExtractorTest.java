package io.segue.extractors.internal.energy;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.extractors.internal.Signals;
import io.segue.extractors.internal.TestFrame;
import io.segue.extractors.internal.onset.RhythmRun;
import io.segue.extractors.internal.tempo.TempoConfig;
import io.segue.testing.Configs;
import io.segue.testing.audio.ChordProgression;
import io.segue.testing.audio.DrumKit;
import io.segue.testing.audio.DrumKit.Drum;
import io.segue.testing.audio.DrumPattern;
import io.segue.testing.audio.DrumPattern.Style;
import io.segue.testing.audio.NoiseSignals;
import io.segue.testing.audio.Timbre;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnergyExtractorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final int HOP = DEFAULT_FORMAT.hopSize();
    private static final int RATE = DEFAULT_FORMAT.sampleRateHz();
    private static final int ENERGY = 0;
    private static final int DANCEABILITY = 1;
    /** Energy is compared from here on: the 3 s windows are full. */
    private static final double STEADY_FROM_SECONDS = 3.5;

    private final EnergyExtractor extractor = new EnergyExtractor(Configs.defaults(TempoConfig.class));
    private final RhythmRun rhythm = new RhythmRun(DEFAULT_FORMAT);

    @Test
    void descriptorOutputsInOrder() {
        assertEquals("energy", extractor.descriptor().id());
        assertEquals(0, extractor.descriptor().offsetOf("energy"));
        assertEquals(1, extractor.descriptor().offsetOf("danceability"));
        assertEquals(2, extractor.descriptor().valueCount());
        assertEquals(Set.of(InputDomain.WAVEFORM, InputDomain.MAGNITUDE_SPECTRUM), extractor.descriptor().inputs());
    }

    @Test
    void silenceIsNoneBefore400MillisecondsThenZero() {
        RhythmRun.Run run = rhythm.run(extractor, new float[6 * RATE]);
        for (int i = 0; i < run.values().length; i++) {
            double windowEnd = run.startSeconds()[i] + (double) N / RATE;
            float energy = run.values()[i][ENERGY];
            if (windowEnd < 0.4) {
                assertTrue(Float.isNaN(energy), "no loudness before 400 ms, frame " + i);
            } else if (windowEnd >= 0.42) {
                assertEquals(0f, energy, "frame " + i);
            }
            assertEquals(0f, run.values()[i][DANCEABILITY], "frame " + i);
        }
    }

    @Test
    void anImpulseInSilenceStaysInRangeAndFadesToZero() {
        RhythmRun.Run run = rhythm.run(extractor, Signals.impulse(6 * RATE, RATE, 1f));
        for (float[] v : run.values()) {
            assertTrue(Float.isNaN(v[ENERGY]) || v[ENERGY] >= 0 && v[ENERGY] <= 1, "energy " + v[ENERGY]);
            assertEquals(0f, v[DANCEABILITY]);
        }
        // more than 3 s after the impulse left the window every term is 0 (the K-filter's tail is far below -40 LUFS)
        assertEquals(0, run.last(ENERGY), 1e-6);
    }

    @Test
    void twoConsecutiveFrames() {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        float[] first = new float[2];
        float[] second = new float[2];
        processor.process(TestFrame.of(DEFAULT_FORMAT, 0, Signals.sine(N, 440, RATE, 0.5)), first);
        processor.process(TestFrame.of(DEFAULT_FORMAT, 1, Signals.sine(N, 440, RATE, 0.5)), second);
        // 2560 samples are 116 ms: no momentary loudness yet, no beats
        assertTrue(Float.isNaN(first[ENERGY]) && Float.isNaN(second[ENERGY]));
        assertEquals(0f, first[DANCEABILITY]);
        assertEquals(0f, second[DANCEABILITY]);
    }

    @Test
    void resetGivesTheValuesOfAFreshProcessor() {
        float[] signal = DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 125).render(14, RATE, 2).samples();
        FeatureProcessor used = extractor.createProcessor(DEFAULT_FORMAT);
        rhythm.run(used, 2, DrumPattern.of(Style.BOOM_BAP, 90).render(10, RATE, 3).samples());
        used.reset();
        RhythmRun.Run again = rhythm.run(used, 2, signal);
        RhythmRun.Run fresh = rhythm.run(extractor, signal);
        for (int i = 0; i < fresh.values().length; i++) {
            assertArrayEquals(fresh.values()[i], again.values()[i], "frame " + i);
        }
        assertTrue(fresh.last(DANCEABILITY) > 0, "the run went past 8 beats");
    }

    @Test
    void wrongSizesAreRefused() {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        AnalysisFormat other = new AnalysisFormat(RATE, 1024, 512);
        assertThrows(IllegalArgumentException.class,
                () -> processor.process(TestFrame.of(other, 0, new float[1024]), new float[2]));
        assertThrows(IllegalArgumentException.class, () -> processor.process(
                new TestFrame(DEFAULT_FORMAT, 0, 0, new float[N], new float[N / 4 + 1]), new float[2]));
        assertThrows(IllegalArgumentException.class,
                () -> processor.process(TestFrame.of(DEFAULT_FORMAT, 0, new float[N]), new float[1]));
    }

    @Test
    void unsupportedFormatsAndConfigurationsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> extractor.createProcessor(new AnalysisFormat(3000, 2048, 512)), "below the K-weighting's rate");
        assertThrows(IllegalArgumentException.class, () -> extractor.createProcessor(new AnalysisFormat(RATE, 8, 4)),
                "window below the onset strength's 16");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EnergyExtractor(Configs.of(TempoConfig.class, Map.of("minBpm", 20.0))));
        assertTrue(e.getMessage().contains("minBpm") && e.getMessage().contains(TempoConfig.PID), e.getMessage());
    }

    @Test
    void energyOfTheTestMaterialStaysInRangeAndOrdersAsExpected() {
        Map<String, float[]> material = new LinkedHashMap<>();
        material.put("house 125", house(12, 1));
        material.put("boom-bap 90", DrumPattern.of(Style.BOOM_BAP, 90).render(12, RATE, 2).samples());
        material.put("drum and bass 174", DrumPattern.of(Style.DRUM_AND_BASS, 174).render(12, RATE, 3).samples());
        material.put("half-time 140", DrumPattern.of(Style.HALF_TIME, 140).render(12, RATE, 4).samples());
        material.put("clicks 120", DrumPattern.of(Style.CLICK, 120).render(12, RATE, 5).samples());
        material.put("saw pad", pad());
        material.put("saw pad -20 dB", scaled(pad(), 0.1));
        material.put("piano", ChordProgression.render(0, false, Timbre.PIANO, RATE));
        material.put("organ", ChordProgression.render(0, false, Timbre.ORGAN, RATE));
        material.put("white noise", NoiseSignals.white(12 * RATE, 0.3, 6));
        material.put("pink noise", NoiseSignals.pink(12 * RATE, 0.5, 7));
        material.put("silence", new float[12 * RATE]);
        Map<String, Double> means = new LinkedHashMap<>();
        StringBuilder terms = new StringBuilder("energy terms at the end (S LUFS, R /s, C Hz, F):");
        material.forEach((name, signal) -> {
            EnergyProcessor processor = (EnergyProcessor) extractor.createProcessor(DEFAULT_FORMAT);
            RhythmRun.Run run = rhythm.run(processor, 2, signal);
            terms.append(String.format(Locale.ROOT, " %s %.1f %.2f %.0f %.3f,", name, processor.lufs(),
                    processor.onsetRate(), processor.centroidHz(), processor.meanFlux()));
            for (int i = 0; i < run.values().length; i++) {
                float energy = run.values()[i][ENERGY];
                boolean early = run.startSeconds()[i] + (double) N / RATE < 0.4;
                assertTrue(early ? Float.isNaN(energy) : energy >= 0 && energy <= 1,
                        name + " frame " + i + ": " + energy);
            }
            means.put(name, steadyMean(run));
        });
        StringBuilder line = new StringBuilder("energy (mean after 3.5 s):");
        means.forEach((name, mean) -> line.append(String.format(Locale.ROOT, " %s %.3f,", name, mean)));
        System.out.println(line.substring(0, line.length() - 1));
        System.out.println(terms.substring(0, terms.length() - 1));
        assertTrue(means.get("house 125") >= means.get("saw pad -20 dB") + 0.4, means.toString());
        assertTrue(means.get("house 125") >= means.get("saw pad") + 0.15, means.toString());
        for (String drums : new String[] {"house 125", "boom-bap 90", "drum and bass 174", "half-time 140"}) {
            assertTrue(means.get(drums) >= 0.8, drums + " " + means.get(drums));
            for (String tonal : new String[] {"saw pad", "piano", "organ"}) {
                assertTrue(means.get(drums) > means.get(tonal) + 0.15, drums + " vs " + tonal + ": " + means);
            }
        }
        assertEquals(0.0, means.get("silence"));
    }

    @Test
    void twentyDecibelsQuieterLosesTheLoudnessTermOnly() {
        // onsets adapt to the level, centroid and flux do not depend on it: only eL moves, by 20 LU / 32 LU
        double expected = EnergyScore.LOUDNESS_WEIGHT * 20 / EnergyScore.LOUDNESS_SPAN_LU;
        double loud = steadyMean(rhythm.run(extractor, house(12, 1)));
        double quiet = steadyMean(rhythm.run(extractor, scaled(house(12, 1), 0.1)));
        double padLoud = steadyMean(rhythm.run(extractor, pad()));
        double padQuiet = steadyMean(rhythm.run(extractor, scaled(pad(), 0.1)));
        System.out.printf(Locale.ROOT, "energy -20 dB: house %.3f -> %.3f, saw pad %.3f -> %.3f (definition: -%.4f)%n",
                loud, quiet, padLoud, padQuiet, expected);
        assertEquals(expected, loud - quiet, 0.02);
        assertEquals(expected, padLoud - padQuiet, 0.02);
    }

    @Test
    void energyRisesWithinThreeSecondsWhenTheDrumsComeIn() {
        int switchAt = 8 * RATE;
        float[] quietPad = scaled(pad(), 0.1);
        float[] signal = new float[16 * RATE];
        System.arraycopy(quietPad, 0, signal, 0, switchAt);
        float[] drums = house(8, 9);
        System.arraycopy(drums, 0, signal, switchAt, drums.length);
        RhythmRun.Run run = rhythm.run(extractor, signal);
        double loudLevel = steadyMean(rhythm.run(extractor, house(12, 9)));
        // the last frame whose window ends before the drums, and the first whose window ends 3 s after they begin
        int before = (switchAt - N) / HOP;
        int after = (int) Math.ceil((switchAt + 3.0 * RATE - N) / HOP);
        float atSwitch = run.values()[before][ENERGY];
        float threeSecondsLater = run.values()[after][ENERGY];
        System.out.printf(Locale.ROOT, "energy: quiet pad %.3f, 3 s after the drums come in %.3f (drums alone %.3f)%n",
                atSwitch, threeSecondsLater, loudLevel);
        assertTrue(atSwitch < 0.4, "before " + atSwitch);
        assertEquals(loudLevel, threeSecondsLater, 0.05);
        for (int i = before; i < after; i++) {
            assertTrue(run.values()[i][ENERGY] <= threeSecondsLater + 0.05, "no overshoot at frame " + i);
        }
    }

    @Test
    void danceabilityOfSteadyPatternsIsHighOfJitteredHitsLowOfNoiseZero() {
        Map<String, Float> steady = new LinkedHashMap<>();
        steady.put("house 125", rhythm.run(extractor, house(16, 1)).last(DANCEABILITY));
        steady.put("drum and bass 174", rhythm.run(extractor,
                DrumPattern.of(Style.DRUM_AND_BASS, 174).render(16, RATE, 2).samples()).last(DANCEABILITY));
        steady.put("boom-bap 90", rhythm.run(extractor,
                DrumPattern.of(Style.BOOM_BAP, 90).render(16, RATE, 3).samples()).last(DANCEABILITY));
        steady.put("clicks 120",
                rhythm.run(extractor, DrumPattern.of(Style.CLICK, 120).render(16, RATE, 4).samples())
                        .last(DANCEABILITY));
        Map<String, Float> irregular = new LinkedHashMap<>();
        irregular.put("jittered +-15 %", rhythm.run(extractor, jitteredHits(16, RATE, 5, 0.15)).last(DANCEABILITY));
        irregular.put("jittered +-30 %", rhythm.run(extractor, jitteredHits(16, RATE, 6, 0.3)).last(DANCEABILITY));
        float humanized = rhythm.run(extractor,
                DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 125).withHumanize(10).render(16, RATE, 1).samples())
                .last(DANCEABILITY);
        float white = maxDanceability(rhythm.run(extractor, NoiseSignals.white(16 * RATE, 0.3, 7)));
        float pink = maxDanceability(rhythm.run(extractor, NoiseSignals.pink(16 * RATE, 0.5, 8)));
        float pad = maxDanceability(rhythm.run(extractor, pad()));
        System.out.println("danceability: steady " + steady + ", house humanized 10 ms " + humanized + ", jittered "
                + irregular + ", white noise " + white
                + ", pink noise " + pink + ", saw pad " + pad);
        float weakestSteady = Float.MAX_VALUE;
        for (Map.Entry<String, Float> e : steady.entrySet()) {
            assertTrue(e.getValue() >= 0.7, e.toString());
            weakestSteady = Math.min(weakestSteady, e.getValue());
        }
        for (Map.Entry<String, Float> e : irregular.entrySet()) {
            assertTrue(e.getValue() <= weakestSteady - 0.4, e.toString());
        }
        assertTrue(humanized < steady.get("house 125"), "humanized " + humanized);
        assertEquals(0f, white);
        assertEquals(0f, pink);
        assertEquals(0f, pad);
    }

    @Test
    void danceabilityStaysHighThroughATempoChange() {
        float[] signal = DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 125).withStepTo(100, 20).render(45, RATE, 13)
                .samples();
        RhythmRun.Run run = rhythm.run(extractor, signal);
        float atChange = 0;
        float lowestAfter = 1;
        for (int i = 0; i < run.values().length; i++) {
            double t = run.startSeconds()[i];
            if (t < 20) {
                atChange = run.values()[i][DANCEABILITY];
            } else if (t >= 22) {
                lowestAfter = Math.min(lowestAfter, run.values()[i][DANCEABILITY]);
            }
        }
        System.out.printf(Locale.ROOT, "danceability, house 125 then 100 BPM at 20 s: %.3f at 20 s, lowest after 22 s "
                + "%.3f, at 45 s %.3f%n", atChange, lowestAfter, run.last(DANCEABILITY));
        // the old running CV over every interval since the start fell to 0 for good after the change
        assertTrue(atChange >= 0.8, "before the change " + atChange);
        assertTrue(lowestAfter >= 0.7, "after the change " + lowestAfter);
    }

    @Test
    void aGapStartsTheWindowOverAndKeepsTheSoFarDanceability() {
        float[] signal = house(16, 10);
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        float before = rhythm.run(processor, 2, signal).last(DANCEABILITY);
        assertTrue(before >= 0.7, "before " + before);
        float[] values = new float[2];
        long later = 100_000L * HOP;
        for (int i = 0; i < 20; i++) {
            float[] samples = Arrays.copyOfRange(signal, i * HOP, i * HOP + N);
            processor.process(new TestFrame(DEFAULT_FORMAT, 1000 + i, later + (long) i * HOP, samples,
                    rhythm.magnitudes(samples)), values);
            // the loudness windows start over at the gap, measuring the first window whole
            if (i * HOP + N < 0.4 * RATE) {
                assertTrue(Float.isNaN(values[ENERGY]), "no loudness for 400 ms after the gap, frame " + i);
            } else {
                assertTrue(values[ENERGY] >= 0 && values[ENERGY] <= 1, "frame " + i + ": " + values[ENERGY]);
            }
            assertEquals(before, values[DANCEABILITY], 0.02, "the so-far value survives the gap");
        }
    }

    @Test
    void worksAtFileFramings() {
        double reference = steadyMean(rhythm.run(extractor, house(12, 11)));
        for (AnalysisFormat format : new AnalysisFormat[] {new AnalysisFormat(44100, 2048, 512),
                new AnalysisFormat(44100, 4096, 1024), new AnalysisFormat(48000, 2048, 441)}) {
            float[] signal = DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 125).render(16, format.sampleRateHz(), 11)
                    .samples();
            RhythmRun.Run run = new RhythmRun(format).run(extractor, signal);
            double energy = steadyMean(run);
            System.out.printf(Locale.ROOT, "energy at %s: house %.3f (%.3f at 22050/2048/512), danceability %.3f%n",
                    format, energy, reference, run.last(DANCEABILITY));
            assertEquals(reference, energy, 0.1, format.toString());
            assertTrue(run.last(DANCEABILITY) >= 0.7, format + " " + run.last(DANCEABILITY));
        }
    }

    private static float[] house(double seconds, long seed) {
        return DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 125).render(seconds, RATE, seed).samples();
    }

    private static float[] pad() {
        return ChordProgression.render(0, false, Timbre.SAW_PAD, RATE);
    }

    private static float[] scaled(float[] signal, double gain) {
        float[] out = new float[signal.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (signal[i] * gain);
        }
        return out;
    }

    /** Mean energy over the frames starting at {@link #STEADY_FROM_SECONDS} or later. */
    private static double steadyMean(RhythmRun.Run run) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < run.values().length; i++) {
            if (run.startSeconds()[i] >= STEADY_FROM_SECONDS) {
                sum += run.values()[i][ENERGY];
                count++;
            }
        }
        return sum / count;
    }

    private static float maxDanceability(RhythmRun.Run run) {
        float max = 0;
        for (float[] v : run.values()) {
            max = Math.max(max, v[DANCEABILITY]);
        }
        return max;
    }

    /**
     * The hits of a four-on-the-floor bar (kick, hat, kick + snare, hat, ...: one hit every eighth note at 125 BPM)
     * at random times: each inter-onset interval is the eighth note times a uniform factor in {@code 1 +- spread}.
     */
    static float[] jitteredHits(double seconds, int rate, long seed, double spread) {
        Random random = new Random(seed);
        float[] out = new float[(int) Math.round(seconds * rate)];
        double eighth = 60.0 / 125 / 2;
        double t = 0;
        for (int step = 0; t < seconds; step++) {
            int start = (int) Math.round(t * rate);
            if (step % 2 == 0) {
                DrumKit.add(out, start, Drum.KICK, 0.9, rate, random);
                if (step % 4 == 2) {
                    DrumKit.add(out, start, Drum.SNARE, 0.5, rate, random);
                }
            } else {
                DrumKit.add(out, start, Drum.CLOSED_HAT, 0.5, rate, random);
            }
            t += eighth * (1 + spread * (2 * random.nextDouble() - 1));
        }
        return out;
    }
}
