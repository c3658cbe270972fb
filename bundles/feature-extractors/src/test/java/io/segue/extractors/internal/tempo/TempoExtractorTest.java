package io.segue.extractors.internal.tempo;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.Signals;
import io.segue.extractors.internal.TestFrame;
import io.segue.extractors.internal.onset.EventScore;
import io.segue.extractors.internal.onset.RhythmRun;
import io.segue.testing.Configs;
import io.segue.testing.audio.DrumPattern;
import io.segue.testing.audio.DrumPattern.Style;
import io.segue.testing.audio.NoiseSignals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TempoExtractorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final int RATE = DEFAULT_FORMAT.sampleRateHz();
    private static final int BPM = 0;
    private static final int CONFIDENCE = 1;
    private static final int BEAT = 2;
    private static final int FILE_BPM = 3;
    private static final int FILE_CONFIDENCE = 4;
    private static final double SECONDS = 16;
    /** Beats are scored from here on: the 6 s window must be full, plus a second to lock the phase. */
    private static final double BEATS_FROM = 7;

    private final TempoExtractor extractor = new TempoExtractor(Configs.defaults(TempoConfig.class));
    private final RhythmRun rhythm = new RhythmRun(DEFAULT_FORMAT);

    @Test
    void descriptorOutputsInOrder() {
        String[] ids = {"bpm", "confidence", "beat", "file-bpm", "file-confidence"};
        for (int i = 0; i < ids.length; i++) {
            assertEquals(i, extractor.descriptor().offsetOf(ids[i]));
        }
        assertEquals("tempo", extractor.descriptor().id());
    }

    @Test
    void noTempoOnSilenceDitherNoiseOrShortFiles() {
        int length = (int) (SECONDS * RATE);
        Map<String, float[]> signals = Map.of("silence", new float[length], "dither", NoiseSignals.dither16(length, 1),
                "white noise", NoiseSignals.white(length, 0.17, 2), "quiet white noise", NoiseSignals.white(length, 0.0017, 3),
                "pink noise", NoiseSignals.pink(length, 0.5, 4), "impulse", Signals.impulse(length, RATE, 1f),
                "5 s of clicks (shorter than the 6 s window)",
                DrumPattern.of(Style.CLICK, 120).render(5, RATE, 5).samples());
        signals.forEach((name, signal) -> {
            RhythmRun.Run run = rhythm.run(extractor, signal);
            for (float[] v : run.values()) {
                assertTrue(Float.isNaN(v[BPM]) && v[CONFIDENCE] == 0f, name + ": bpm " + v[BPM]);
                assertTrue(Float.isNaN(v[FILE_BPM]) && v[FILE_CONFIDENCE] == 0f, name + ": file bpm " + v[FILE_BPM]);
                assertTrue(Float.isNaN(v[BEAT]), name + ": beat");
            }
        });
    }

    @Test
    void twoBlocksAndResetGiveTheValuesOfAFreshProcessor() {
        float[] signal = DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 125).render(8, RATE, 2).samples();
        FeatureProcessor used = extractor.createProcessor(DEFAULT_FORMAT);
        float[] first = new float[5];
        float[] second = new float[5];
        used.process(TestFrame.of(DEFAULT_FORMAT, 0, Signals.sine(N, 100, RATE, 0.5)), first);
        used.process(TestFrame.of(DEFAULT_FORMAT, 1, new float[N]), second);
        assertTrue(Float.isNaN(first[BPM]) && Float.isNaN(second[BPM]), "two frames are no tempo");
        rhythm.run(used, 5, signal);
        used.reset();
        RhythmRun.Run again = rhythm.run(used, 5, signal);
        RhythmRun.Run fresh = rhythm.run(extractor, signal);
        for (int i = 0; i < fresh.values().length; i++) {
            assertArrayEquals(fresh.values()[i], again.values()[i], "frame " + i);
        }
        assertEquals(125, fresh.last(FILE_BPM), 125 * 0.04);
    }

    @Test
    void wrongSizesAreRefused() {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        AnalysisFormat other = new AnalysisFormat(RATE, 1024, 512);
        assertThrows(IllegalArgumentException.class,
                () -> processor.process(TestFrame.of(other, 0, new float[1024]), new float[5]));
        assertThrows(IllegalArgumentException.class,
                () -> processor.process(TestFrame.of(DEFAULT_FORMAT, 0, new float[N]), new float[4]));
    }

    @Test
    void invalidConfigurationNamesTheKey() {
        assertInvalid(Map.of("minBpm", 20.0), "minBpm");
        assertInvalid(Map.of("maxBpm", 400.0), "maxBpm");
        assertInvalid(Map.of("minBpm", 150.0, "maxBpm", 120.0), "minBpm");
        assertInvalid(Map.of("windowSeconds", 2.0), "windowSeconds");
        assertInvalid(Map.of("minBpm", 30.0, "windowSeconds", 5.0), "windowSeconds");
        TempoExtractor narrow = new TempoExtractor(
                Configs.of(TempoConfig.class, Map.of("minBpm", 100.0, "maxBpm", 140.0, "windowSeconds", 5.0)));
        assertEquals(100.0, narrow.descriptor().outputs().get(BPM).minValue());
    }

    private static void assertInvalid(Map<String, ?> values, String key) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TempoExtractor(Configs.of(TempoConfig.class, values)));
        assertTrue(e.getMessage().contains(key) && e.getMessage().contains(TempoConfig.PID), e.getMessage());
    }

    @Test
    void aGapStartsTheWindowOverAndKeepsTheSoFarTempo() {
        float[] signal = DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 125).render(9, RATE, 6).samples();
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        rhythm.run(processor, 5, signal);
        float[] values = new float[5];
        float[] samples = java.util.Arrays.copyOfRange(signal, 0, N);
        long later = 100_000L * 512;
        for (int i = 0; i < 20; i++) {
            processor.process(new TestFrame(DEFAULT_FORMAT, 1000 + i, later + i * 512L, samples,
                    rhythm.magnitudes(samples)), values);
            assertTrue(Float.isNaN(values[BPM]), "no current tempo until a new window has filled");
            assertEquals(125, values[FILE_BPM], 125 * 0.04, "the so-far tempo survives the gap");
        }
    }

    @Test
    void aLongNoiseIntroBeforeTheDrumsKeepsTheSoFarTempo() {
        float[] intro = NoiseSignals.pink(45 * RATE, 0.5, 21);
        float[] drums = DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 125).render(25, RATE, 22).samples();
        float[] signal = java.util.Arrays.copyOf(intro, intro.length + drums.length);
        System.arraycopy(drums, 0, signal, intro.length, drums.length);
        RhythmRun.Run run = rhythm.run(extractor, signal);
        System.out.printf(Locale.ROOT, "tempo after 45 s pink noise + 25 s house 125: file-bpm %.1f, file-confidence %.3f%n",
                run.last(FILE_BPM), run.last(FILE_CONFIDENCE));
        assertEquals(125, run.last(FILE_BPM), 125 * 0.04);
        assertTrue(run.last(FILE_CONFIDENCE) > 0 && run.last(FILE_CONFIDENCE) < 0.5, "scaled by the periodic share");
    }

    @Test
    void halfTimeWithOnlyEighthHatsIsReadAtHalfTempoByConstruction() {
        // the documented limit of the octave rule: kick and snare every 0.857 s and hats every 0.214 s are hip-hop at
        // 70 with sixteenth hats as much as half-time at 140 with eighth hats; the rule reads the slower
        DrumPattern.Rendering r = DrumPattern.of(Style.HALF_TIME, 140).withEighthHats().render(12, RATE, 8);
        assertEquals(70, rhythm.run(extractor, r.samples()).last(FILE_BPM), 70 * 0.04);
    }

    @Test
    void tempoAndBeatsOfClicksAndGenrePatterns() {
        List<DrumPattern> patterns = new ArrayList<>();
        for (int bpm = 70; bpm <= 180; bpm += 5) {
            patterns.add(DrumPattern.of(Style.CLICK, bpm));
        }
        for (int bpm : new int[] {120, 124, 126, 128, 130}) {
            patterns.add(DrumPattern.of(Style.FOUR_ON_THE_FLOOR, bpm).withHumanize(3));
        }
        for (int bpm : new int[] {70, 72, 75, 78, 80, 85, 90, 95}) {
            patterns.add(DrumPattern.of(Style.BOOM_BAP, bpm).withHumanize(5));
        }
        for (int bpm : new int[] {140, 142, 145, 148, 150}) {
            patterns.add(DrumPattern.of(Style.HALF_TIME, bpm).withHumanize(3));
        }
        for (int bpm : new int[] {170, 172, 174}) {
            patterns.add(DrumPattern.of(Style.DRUM_AND_BASS, bpm).withHumanize(3));
        }
        patterns.add(DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 127).withNoise(0.02));
        int within = 0;
        EventScore beats = new EventScore(0, 0, 0, Double.NaN);
        List<String> misses = new ArrayList<>();
        long seed = 100;
        for (DrumPattern pattern : patterns) {
            DrumPattern.Rendering r = pattern.render(SECONDS, RATE, seed++);
            RhythmRun.Run run = rhythm.run(extractor, r.samples());
            double fileBpm = run.last(FILE_BPM);
            if (Math.abs(fileBpm / pattern.startBpm() - 1) <= 0.04) {
                within++;
            } else {
                misses.add(pattern + " -> " + fileBpm);
            }
            assertTrue(run.last(FILE_CONFIDENCE) > 0 && run.last(FILE_CONFIDENCE) <= 1);
            double end = SECONDS - 0.5;
            beats = beats.plus(EventScore.of(EventScore.between(r.beatSeconds(), BEATS_FROM, end),
                    EventScore.between(run.events(BEAT), BEATS_FROM - 0.07, end), 0.07));
        }
        System.out.printf(Locale.ROOT, "tempo: %d/%d within 4 %% %s%n", within, patterns.size(), misses);
        System.out.println("beats (+-70 ms, after " + BEATS_FROM + " s): " + beats);
        assertTrue(within >= 0.95 * patterns.size(), within + "/" + patterns.size() + " " + misses);
        assertTrue(beats.f() >= 0.9, beats.toString());
    }

    @Test
    void theCurrentTempoFollowsAStep() {
        DrumPattern pattern = DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 120).withStepTo(130, 8);
        RhythmRun.Run run = rhythm.run(extractor, pattern.render(20, RATE, 9).samples());
        int atSeven = (int) (7.0 * RATE / 512);
        assertEquals(120, run.values()[atSeven][BPM], 120 * 0.04, "before the step");
        assertEquals(130, run.last(BPM), 130 * 0.04, "a window after the step");
    }

    @Test
    void theCurrentTempoFollowsARamp() {
        // 120 -> 132 BPM over 20 s: the last 6 s window spans 128.4 .. 132, about 130
        DrumPattern pattern = DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 120).withRampTo(132);
        RhythmRun.Run run = rhythm.run(extractor, pattern.render(20, RATE, 10).samples());
        assertEquals(130, run.last(BPM), 130 * 0.04);
    }

    /** The octave rule across framings and sloppier timing: file tempo of one pattern per genre. */
    @ParameterizedTest
    @CsvSource({"44100, 2048, 512, 5", "22050, 1024, 256, 10", "44100, 4096, 1024, 5", "48000, 2048, 441, 10"})
    void genresAtOtherFramings(int rate, int window, int hop, double humanizeMillis) {
        AnalysisFormat format = new AnalysisFormat(rate, window, hop);
        DrumPattern[] patterns = {DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 126), DrumPattern.of(Style.BOOM_BAP, 74),
                DrumPattern.of(Style.BOOM_BAP, 92), DrumPattern.of(Style.HALF_TIME, 144),
                DrumPattern.of(Style.DRUM_AND_BASS, 173), DrumPattern.of(Style.CLICK, 163)};
        long seed = 40;
        List<String> misses = new ArrayList<>();
        for (DrumPattern pattern : patterns) {
            DrumPattern.Rendering r = pattern.withHumanize(humanizeMillis).render(12, rate, seed++);
            float fileBpm = new RhythmRun(format).run(extractor, r.samples()).last(FILE_BPM);
            if (!(Math.abs(fileBpm / pattern.startBpm() - 1) <= 0.04)) {
                misses.add(pattern + " -> " + fileBpm);
            }
        }
        System.out.printf(Locale.ROOT, "tempo at %s, humanize %.0f ms: %d/%d within 4 %% %s%n", format,
                humanizeMillis, patterns.length - misses.size(), patterns.length, misses);
        assertTrue(misses.isEmpty(), misses.toString());
    }

    @Test
    void worksAtFileSampleRates() {
        AnalysisFormat cd = new AnalysisFormat(44100, 2048, 512);
        DrumPattern pattern = DrumPattern.of(Style.DRUM_AND_BASS, 172);
        RhythmRun.Run run = new RhythmRun(cd).run(extractor, pattern.render(12, 44100, 4).samples());
        assertEquals(172, run.last(FILE_BPM), 172 * 0.04);
    }
}
