package io.segue.extractors.internal.key;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static io.segue.extractors.internal.key.KeyRun.FILE_KEY;
import static io.segue.extractors.internal.key.KeyRun.FILE_STRENGTH;
import static io.segue.extractors.internal.key.KeyRun.KEY;
import static io.segue.extractors.internal.key.KeyRun.STRENGTH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.MusicalKey;
import io.segue.extractors.internal.Signals;
import io.segue.extractors.internal.TestFrame;
import io.segue.testing.Configs;
import io.segue.testing.audio.ChordProgression;
import io.segue.testing.audio.DrumPattern;
import io.segue.testing.audio.NoiseSignals;
import io.segue.testing.audio.Timbre;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyExtractorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final int RATE = DEFAULT_FORMAT.sampleRateHz();

    private static void assertNoneInEveryFrame(List<float[]> frames, String what) {
        for (int i = 0; i < frames.size(); i++) {
            float[] v = frames.get(i);
            assertTrue(Float.isNaN(v[KEY]) && Float.isNaN(v[FILE_KEY]), what + ": a key in frame " + i);
            assertEquals(0f, v[STRENGTH], what + " frame " + i);
            assertEquals(0f, v[FILE_STRENGTH], what + " frame " + i);
        }
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = new float[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void describesWindowAndSoFarKeys() {
        ExtractorDescriptor descriptor = new KeyExtractor(Configs.defaults(KeyConfig.class)).descriptor();
        assertEquals("key", descriptor.id());
        assertEquals(List.of("key", "strength", "file-key", "file-strength"),
                descriptor.outputs().stream().map(o -> o.id()).toList());
        assertEquals(Set.of(InputDomain.WAVEFORM, InputDomain.MAGNITUDE_SPECTRUM), descriptor.inputs());
        // the default 30 s window at 22050 Hz, hop 512: ceil(30 * 43.07)
        assertEquals(1292, descriptor.historyFrames());
        assertTrue(descriptor.outputs().get(2).description().contains("so far"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.9, 600.5, Double.NaN, -1})
    void aWindowOutsideTheRangeIsRefusedByName(double seconds) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyRun.extractor(seconds));
        assertTrue(e.getMessage().contains("io.segue.extractor.key: windowSeconds must be in 2.0..600.0"),
                e.getMessage());
        assertTrue(e.getMessage().contains("was " + seconds), e.getMessage());
    }

    @Test
    void silenceHasNoKey() {
        assertNoneInEveryFrame(new KeyRun(4, DEFAULT_FORMAT).feed(new float[12 * RATE]), "silence");
    }

    @Test
    void ditherHasNoKey() {
        assertNoneInEveryFrame(new KeyRun(4, DEFAULT_FORMAT).feed(NoiseSignals.dither16(12 * RATE, 5)), "dither");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.01})
    void whiteNoiseHasNoKey(double amplitude) {
        assertNoneInEveryFrame(new KeyRun(4, DEFAULT_FORMAT).feed(NoiseSignals.white(12 * RATE, amplitude, 6)),
                "white noise");
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void pinkNoiseHasNoKey(long seed) {
        assertNoneInEveryFrame(new KeyRun(4, DEFAULT_FORMAT).feed(NoiseSignals.pink(12 * RATE, 0.5, seed)),
                "pink noise");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FOUR_ON_THE_FLOOR 120", "FOUR_ON_THE_FLOOR 128", "BOOM_BAP 92", "HALF_TIME 140",
        "DRUM_AND_BASS 174"})
    void drumsWithoutHarmonyHaveNoKey(String styleAndTempo) {
        // the kick's pitched tail and the snare's 185 Hz tone are tonal peaks, but one pitch class is no key
        String[] parts = styleAndTempo.split(" ");
        float[] drums = DrumPattern.of(DrumPattern.Style.valueOf(parts[0]), Double.parseDouble(parts[1]))
                .render(12, RATE, 21).samples();
        assertNoneInEveryFrame(new KeyRun(4, DEFAULT_FORMAT).feed(drums), styleAndTempo);
    }

    @Test
    void drumsWithoutHarmonyHaveNoKeyAtTheFileRate() {
        AnalysisFormat file = new AnalysisFormat(44100, 2048, 512);
        float[] drums = DrumPattern.of(DrumPattern.Style.FOUR_ON_THE_FLOOR, 126).withNoise(0.01).render(10, 44100, 22)
                .samples();
        assertNoneInEveryFrame(new KeyRun(4, file).feed(drums), "four-on-the-floor, 44.1 kHz");
    }

    @Test
    void aProgressionUnderLoudDrumsGivesItsKey() {
        // A minor (i-iv-v-i, i-VI-III-VII) under a four-on-the-floor at 128 BPM whose RMS is twice the harmony's
        float[] harmony = ChordProgression.render(9, true, Timbre.SAW_PAD, RATE);
        float[] drums = DrumPattern.of(DrumPattern.Style.FOUR_ON_THE_FLOOR, 128).render(16, RATE, 23).samples();
        float[] last = new KeyRun(8, DEFAULT_FORMAT).last(KeyAccuracyTest.mix(harmony, drums, 2.0));
        assertEquals(MusicalKey.A_MINOR.index(), last[FILE_KEY], "A minor");
        assertTrue(last[FILE_STRENGTH] > 0.5f, "strength " + last[FILE_STRENGTH]);
    }

    @Test
    void noiseHasNoKeyAtTheFileRateEither() {
        AnalysisFormat file = new AnalysisFormat(44100, 2048, 512);
        assertNoneInEveryFrame(new KeyRun(4, file).feed(NoiseSignals.pink(10 * 44100, 0.5, 10)), "pink, 44.1 kHz");
        assertNoneInEveryFrame(new KeyRun(4, file).feed(NoiseSignals.white(10 * 44100, 0.5, 11)), "white, 44.1 kHz");
        assertNoneInEveryFrame(new KeyRun(4, file).feed(NoiseSignals.dither16(10 * 44100, 12)), "dither, 44.1 kHz");
    }

    @Test
    void aFileShorterThanTheWindowHasNoKey() {
        float[] progression = ChordProgression.render(0, false, Timbre.SAW_PAD, RATE);
        // 16 s against the default 30 s window
        assertNoneInEveryFrame(new KeyRun(30, DEFAULT_FORMAT).feed(progression), "16 s in a 30 s window");
        // the first 6 s against an 8 s window
        float[] start = java.util.Arrays.copyOf(progression, 6 * RATE);
        assertNoneInEveryFrame(new KeyRun(8, DEFAULT_FORMAT).feed(start), "6 s in an 8 s window");
    }

    @Test
    void aFileExactlyAsLongAsTheWindowHasAKey() {
        // 16 s of C# minor against a 16 s window: the pipeline makes floor((16 * 22050 - 2048) / 512) + 1 = 686 frames
        float[] progression = ChordProgression.render(1, true, Timbre.ORGAN, RATE);
        List<float[]> frames = new KeyRun(16, DEFAULT_FORMAT).feed(progression);
        assertEquals(686, frames.size());
        assertEquals(MusicalKey.C_SHARP_MINOR.index(), frames.get(685)[FILE_KEY]);
        assertTrue(Float.isNaN(frames.get(684)[FILE_KEY]), "not one frame earlier");
    }

    @Test
    void oneSampleHasNoKey() {
        float[] values = new float[4];
        KeyRun.extractor(4).createProcessor(DEFAULT_FORMAT)
                .process(TestFrame.of(DEFAULT_FORMAT, 0, Signals.impulse(N, N / 2, 1f)), values);
        assertTrue(Float.isNaN(values[KEY]) && Float.isNaN(values[FILE_KEY]));
        assertEquals(0f, values[STRENGTH]);
    }

    @Test
    void twoConsecutiveFramesHaveNoKeyYet() {
        FeatureProcessor processor = KeyRun.extractor(4).createProcessor(DEFAULT_FORMAT);
        float[] chord = Signals.sine(N + 512, 261.63, RATE, 0.5);
        float[] values = new float[4];
        for (int frame = 0; frame < 2; frame++) {
            processor.process(TestFrame.of(DEFAULT_FORMAT, frame, java.util.Arrays.copyOfRange(chord, frame * 512,
                    frame * 512 + N)), values);
            assertTrue(Float.isNaN(values[KEY]), "frame " + frame);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 21, 6, 15})
    void aProgressionGivesItsKey(int index) {
        MusicalKey key = MusicalKey.ofIndex(index);
        List<float[]> frames = new KeyRun(8, DEFAULT_FORMAT)
                .feed(ChordProgression.render(key.tonic(), key.isMinor(), Timbre.PIANO, RATE));
        float[] last = frames.get(frames.size() - 1);
        assertEquals(index, last[FILE_KEY], key.displayName());
        assertTrue(last[FILE_STRENGTH] > 0.6f && last[FILE_STRENGTH] <= 1f, "strength " + last[FILE_STRENGTH]);
        // the first window (348 frames, 8.1 s) holds the first phrase, I-IV-V-I or i-iv-v-i; the last one only the
        // second, I-vi-IV-V or i-VI-III-VII: the same chords in another order, which no pitch-class profile can
        // tell from the relative key, so only the first window is asserted
        float[] firstWindow = frames.get(347);
        assertEquals(index, firstWindow[KEY], key.displayName());
        // the frames of 8 s of audio: floor((8 * 22050 - 2048) / 512) + 1 = 341
        assertTrue(Float.isNaN(frames.get(339)[KEY]) && Float.isNaN(frames.get(339)[FILE_KEY]), "not before 8 s");
        assertEquals(index, frames.get(340)[FILE_KEY], "from the frame that completes 8 s of audio");
    }

    @Test
    void aDetunedProgressionGivesItsKey() {
        // A4 = 446 Hz: every note 0.23 semitone sharp; the chroma's running tuning estimate corrects it
        for (int index : new int[] {2, 9, 17}) {
            MusicalKey key = MusicalKey.ofIndex(index);
            float[] last = new KeyRun(8, DEFAULT_FORMAT)
                    .last(ChordProgression.render(key.tonic(), key.isMinor(), Timbre.SAW_PAD, RATE, 446.0));
            assertEquals(index, last[FILE_KEY], key.displayName());
        }
    }

    @Test
    void theWindowFollowsAModulationAndForgetsTonalMaterialOnNoise() {
        float[] cMajor = ChordProgression.render(0, false, Timbre.ORGAN, RATE);
        float[] fSharpMajor = ChordProgression.render(6, false, Timbre.ORGAN, RATE);
        float[] last = new KeyRun(8, DEFAULT_FORMAT).last(concat(cMajor, fSharpMajor));
        assertEquals(6f, last[KEY], "the last 8 s are in F# major");

        List<float[]> frames = new KeyRun(8, DEFAULT_FORMAT).feed(concat(cMajor, NoiseSignals.white(16 * RATE, 0.3,
                4)));
        float[] end = frames.get(frames.size() - 1);
        assertTrue(Float.isNaN(end[KEY]), "the last 8 s are noise");
        assertEquals(0f, end[STRENGTH]);
        assertEquals(0f, end[FILE_KEY], "so far: noise frames do not count, the C major ones do");
    }

    @Test
    void resetGivesTheValuesOfAFreshProcessor() {
        float[] aMinor = ChordProgression.render(9, true, Timbre.FM, RATE);
        float[] eMajor = ChordProgression.render(4, false, Timbre.FM, RATE);
        KeyRun used = new KeyRun(8, DEFAULT_FORMAT);
        used.feed(aMinor);
        used.reset();
        List<float[]> afterReset = used.feed(eMajor);
        List<float[]> fresh = new KeyRun(8, DEFAULT_FORMAT).feed(eMajor);
        assertEquals(fresh.size(), afterReset.size());
        for (int i = 0; i < fresh.size(); i++) {
            assertArrayEquals(fresh.get(i), afterReset.get(i), "frame " + i);
        }
        assertEquals(4f, fresh.get(fresh.size() - 1)[FILE_KEY]);
    }

    @Test
    void wrongSizesAreRejected() {
        FeatureProcessor processor = KeyRun.extractor(4).createProcessor(DEFAULT_FORMAT);
        AnalysisFormat other = new AnalysisFormat(RATE, 1024, 512);
        assertThrows(IllegalArgumentException.class,
                () -> processor.process(TestFrame.of(other, 0, new float[1024]), new float[4]));
        assertThrows(IllegalArgumentException.class,
                () -> processor.process(TestFrame.of(DEFAULT_FORMAT, 0, new float[N]), new float[3]));
    }

    @Test
    void tinyWindowsWorkWithoutAKey() {
        AnalysisFormat tiny = new AnalysisFormat(8000, 4, 1);
        FeatureProcessor processor = KeyRun.extractor(2).createProcessor(tiny);
        float[] values = new float[4];
        for (int i = 0; i < 20; i++) {
            processor.process(TestFrame.of(tiny, i, new float[] {0.5f, -0.5f, 0.25f, 0f}), values);
        }
        assertTrue(Float.isNaN(values[KEY]), "20 frames are far from a 2 s window");
    }

    @Test
    void worksAtFileRates() {
        AnalysisFormat format = new AnalysisFormat(44100, 4096, 1024);
        float[] last = new KeyRun(8, format).last(ChordProgression.render(7, false, Timbre.SAW_PAD, 44100));
        assertEquals(7f, last[FILE_KEY], "G major");
    }
}
