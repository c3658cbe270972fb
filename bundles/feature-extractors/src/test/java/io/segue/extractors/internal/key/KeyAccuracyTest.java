package io.segue.extractors.internal.key;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static io.segue.extractors.internal.key.KeyRun.FILE_KEY;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.MusicalKey;
import io.segue.testing.audio.ChordProgression;
import io.segue.testing.audio.DrumPattern;
import io.segue.testing.audio.Timbre;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The file key of every major and minor key's progression ({@link ChordProgression}, 16 s) in five harmonic-rich
 * timbres, at 22050 Hz, window 2048, hop 512, key window 8 s. Errors are counted by kind: the relative key, a
 * neighbour on the circle of fifths (same mode, dominant or subdominant), anything else, none. The same with drums
 * mixed in as loud as the harmony or louder.
 */
class KeyAccuracyTest {

    private static final Timbre[] TIMBRES = {Timbre.SAW_PAD, Timbre.ORGAN, Timbre.PIANO, Timbre.FM, Timbre.FM_ODD};

    @Test
    void fileKeyOfTwentyFourKeysInFiveTimbres() {
        assertAccuracy(DEFAULT_FORMAT, TIMBRES, "key");
    }

    @Test
    void fileKeyAtTheFileRateWithTheDefaultWindow() {
        // files are analysed at their own rate with the configured window: 44100 Hz and 2048 give 21.5 Hz bins
        assertAccuracy(new AnalysisFormat(44100, 2048, 512), new Timbre[] {Timbre.SAW_PAD, Timbre.ORGAN,
            Timbre.PIANO}, "key at 44100/2048");
    }

    @Test
    void fileKeyWithDrumsAsLoudAsTheHarmonyOrLouder() {
        // dance music: the progression under a house four-on-the-floor at 124 BPM or a boom-bap at 92, the drums'
        // RMS equal to the harmony's or 3 dB above it (the kick, the snare's 185 Hz tone and the hats all sound)
        DrumPattern[] drums = {DrumPattern.of(DrumPattern.Style.FOUR_ON_THE_FLOOR, 124),
            DrumPattern.of(DrumPattern.Style.BOOM_BAP, 92)};
        assertAccuracy(DEFAULT_FORMAT, new Timbre[] {Timbre.SAW_PAD, Timbre.ORGAN, Timbre.PIANO}, "key with drums",
                (key, timbre, rate) -> {
                    float[] harmony = ChordProgression.render(key.tonic(), key.isMinor(), timbre, rate);
                    float[] beat = drums[key.index() % 2].render(harmony.length / (double) rate, rate, key.index())
                            .samples();
                    return mix(harmony, beat, key.index() % 4 < 2 ? 1.0 : Math.sqrt(2));
                });
    }

    /** {@code harmony + g * drums} with {@code g} making the drums' RMS {@code ratio} times the harmony's. */
    static float[] mix(float[] harmony, float[] drums, double ratio) {
        double gain = ratio * rms(harmony) / rms(drums);
        float[] out = new float[harmony.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (harmony[i] + gain * (i < drums.length ? drums[i] : 0f));
        }
        return out;
    }

    private static double rms(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v * v;
        }
        return Math.sqrt(sum / x.length);
    }

    @FunctionalInterface
    private interface Material {
        float[] render(MusicalKey key, Timbre timbre, int sampleRateHz);
    }

    private static void assertAccuracy(AnalysisFormat format, Timbre[] timbres, String label) {
        assertAccuracy(format, timbres, label, (key, timbre, rate) -> ChordProgression.render(key.tonic(),
                key.isMinor(), timbre, rate));
    }

    private static void assertAccuracy(AnalysisFormat format, Timbre[] timbres, String label, Material material) {
        int exact = 0;
        int relative = 0;
        int fifth = 0;
        int other = 0;
        int none = 0;
        List<String> misses = new ArrayList<>();
        StringBuilder perTimbre = new StringBuilder();
        for (Timbre timbre : timbres) {
            int timbreExact = 0;
            for (MusicalKey key : MusicalKey.values()) {
                float[] signal = material.render(key, timbre, format.sampleRateHz());
                float found = new KeyRun(8, format).last(signal)[FILE_KEY];
                if (Float.isNaN(found)) {
                    none++;
                    misses.add(timbre + " " + key.displayName() + " -> none");
                    continue;
                }
                MusicalKey got = MusicalKey.ofIndex((int) found);
                if (got == key) {
                    exact++;
                    timbreExact++;
                    continue;
                }
                if (got == key.relative()) {
                    relative++;
                } else if (got.isMinor() == key.isMinor()
                        && Math.floorMod(got.camelotNumber() - key.camelotNumber(), 12) % 10 == 1) {
                    fifth++;
                } else {
                    other++;
                }
                misses.add(timbre + " " + key.displayName() + " -> " + got.displayName());
            }
            perTimbre.append(", ").append(timbre).append(' ').append(timbreExact).append("/24");
        }
        int total = timbres.length * 24;
        System.out.println(label + ": " + exact + "/" + total + " exact, " + relative + " relative, " + fifth + " fifth, "
                + other + " other, " + none + " none" + perTimbre + (misses.isEmpty() ? "" : "; misses " + misses));
        assertTrue(exact >= 0.9 * total, exact + "/" + total + " exact: " + misses);
    }

    @Test
    void onMaterialThatCannotTellRelativesApartTheOnlyErrorIsTheRelativeKey() {
        // the second phrase alone, I-vi-IV-V or i-VI-III-VII, is the same four chords as in the relative key, in
        // another order: a pitch-class method may answer either, but a fifth or any other key is a real error
        int exact = 0;
        int relative = 0;
        List<String> wrong = new ArrayList<>();
        int half = (int) (ChordProgression.CHORDS / 2 * ChordProgression.CHORD_SECONDS * DEFAULT_FORMAT.sampleRateHz());
        for (Timbre timbre : TIMBRES) {
            for (MusicalKey key : MusicalKey.values()) {
                float[] signal = ChordProgression.render(key.tonic(), key.isMinor(), timbre,
                        DEFAULT_FORMAT.sampleRateHz());
                float found = new KeyRun(4, DEFAULT_FORMAT).last(Arrays.copyOfRange(signal, half, signal.length))[FILE_KEY];
                if (found == key.index()) {
                    exact++;
                } else if (!Float.isNaN(found) && MusicalKey.ofIndex((int) found) == key.relative()) {
                    relative++;
                } else {
                    wrong.add(timbre + " " + key.displayName() + " -> "
                            + (Float.isNaN(found) ? "none" : MusicalKey.ofIndex((int) found).displayName()));
                }
            }
        }
        System.out.println("key (second phrase only): " + exact + " exact, " + relative + " relative, "
                + wrong.size() + " other " + wrong);
        assertTrue(wrong.isEmpty(), wrong.toString());
    }
}
