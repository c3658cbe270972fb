package io.segue.predictor.harmony.internal.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.extractors.internal.chroma.ChromaExtractor;
import io.segue.predictor.harmony.internal.chord.Chords;
import io.segue.testing.audio.NoiseSignals;
import io.segue.testing.audio.Timbre;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Done-when 3 of issue 6 on generated progressions through the real pipeline and the real chroma, key and tempo
 * extractors. Chords are scored per true beat, at its middle, from the fifth beat on (the first bar settles the beat
 * clock and the first key).
 */
class HarmonyTrackerStreamTest {

    /** Beats left out of the score at the start. */
    private static final int SETTLE_BEATS = 4;

    private record Case(String name, RenderedProgression progression) {
    }

    private static List<Case> progressions() {
        return List.of(
                new Case("Am-F-C-G 100 BPM saw pad", RenderedProgression.render(100, Timbre.SAW_PAD, false, 4,
                        "Am", 4, "F", 4, "C", 4, "G", 4)),
                new Case("Am-F-C-G 124 BPM piano + drums", RenderedProgression.render(124, Timbre.PIANO, true, 4,
                        "Am", 4, "F", 4, "C", 4, "G", 4)),
                new Case("C-G-Am-F 128 BPM organ + drums", RenderedProgression.render(128, Timbre.ORGAN, true, 4,
                        "C", 4, "G", 4, "Am", 4, "F", 4)),
                new Case("Dm-G-C-Am-E 110 BPM FM", RenderedProgression.render(110, Timbre.FM, false, 4,
                        "Dm", 2, "G", 2, "C", 4, "Am", 4, "E", 4)),
                new Case("E-B-C#m-A 130 BPM FM odd + drums", RenderedProgression.render(130, Timbre.FM_ODD, true, 4,
                        "E", 4, "B", 4, "C#m", 4, "A", 4)),
                new Case("F#m-D-A-E 116 BPM sine + drums", RenderedProgression.render(116, Timbre.SINE, true, 4,
                        "F#m", 4, "D", 4, "A", 4, "E", 4)),
                new Case("A minor -> E minor 120 BPM saw pad + drums", aMinorToEMinor()),
                new Case("C major -> D major 105 BPM piano", cMajorToDMajor()));
    }

    /** 8 bars in A minor, then 8 in E minor (at 16 s), two chords a bar. */
    private static RenderedProgression aMinorToEMinor() {
        return RenderedProgression.render(120, Timbre.SAW_PAD, true, 1,
                "Am", 2, "Dm", 2, "E", 2, "Am", 2, "F", 2, "Dm", 2, "E", 2, "Am", 2,
                "Am", 2, "Dm", 2, "E", 2, "Am", 2, "F", 2, "Dm", 2, "E", 2, "Am", 2,
                "Em", 2, "B", 2, "Em", 2, "Am", 2, "C", 2, "Am", 2, "B", 2, "Em", 2,
                "Em", 2, "B", 2, "Em", 2, "Am", 2, "C", 2, "Am", 2, "B", 2, "Em", 2);
    }

    /** 8 bars in C major, then 8 in D major (at beat 32), two chords a bar. */
    private static RenderedProgression cMajorToDMajor() {
        return RenderedProgression.render(105, Timbre.PIANO, false, 1,
                "C", 2, "F", 2, "G", 2, "C", 2, "Am", 2, "F", 2, "G", 2, "C", 2,
                "C", 2, "F", 2, "G", 2, "C", 2, "Am", 2, "F", 2, "G", 2, "C", 2,
                "D", 2, "G", 2, "A", 2, "D", 2, "Bm", 2, "G", 2, "A", 2, "D", 2,
                "D", 2, "G", 2, "A", 2, "D", 2, "Bm", 2, "G", 2, "A", 2, "D", 2);
    }

    @Test
    void theChordPerBeatIsRightOnAtLeast80PercentOfBeats() {
        int right = 0;
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (Case c : progressions()) {
            StreamRun run = StreamRun.of(c.progression());
            double accuracy = run.chordAccuracy(c.progression(), SETTLE_BEATS);
            int beats = c.progression().beatChords().length - SETTLE_BEATS;
            right += (int) Math.round(accuracy * beats);
            total += beats;
            System.out.printf(Locale.ROOT, "harmony: chord per beat %-45s %5.1f %% of %d beats%n", c.name(),
                    100 * accuracy, beats);
            if (accuracy < 0.8) {
                failures.add(c.name() + ": " + accuracy + " (truth/observed) " + run.beatsByChord(c.progression()));
            }
        }
        double overall = right / (double) total;
        System.out.printf(Locale.ROOT, "harmony: chord per beat overall %.1f %% of %d beats (from beat %d)%n",
                100 * overall, total, SETTLE_BEATS + 1);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(overall >= 0.8, "overall " + overall);
    }

    @Test
    void aModulationIsReportedWithinTwoBars() {
        checkModulation("A minor -> E minor", aMinorToEMinor(), 32, "A minor", "E minor");
        checkModulation("C major -> D major", cMajorToDMajor(), 32, "C major", "D major");
    }

    private static void checkModulation(String name, RenderedProgression progression, int modulationBeat,
            String from, String to) {
        StreamRun run = StreamRun.of(progression);
        double modulation = modulationBeat * progression.beatSeconds();
        double bar = 4 * progression.beatSeconds();
        List<Prediction> changes = run.keyChanges();
        List<Prediction> before = changes.stream().filter(p -> p.madeAtSeconds() < modulation).toList();
        assertFalse(before.isEmpty(), name + ": the first key is reported");
        assertEquals(from, before.get(0).label(), name + ": the first key");
        assertTrue(before.stream().allMatch(p -> p.label().equals(from)), name + ": no other key before " + before);
        Prediction reported = changes.stream().filter(p -> p.madeAtSeconds() >= modulation).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": no key change after the modulation: " + changes));
        double latency = reported.madeAtSeconds() - modulation;
        System.out.printf(Locale.ROOT, "harmony: modulation %s reported %.2f s (%.2f bars) after it, dated %+.2f s%n",
                name, latency, latency / bar, reported.targetSeconds() - modulation);
        assertEquals(to, reported.label(), name + ": " + changes);
        assertEquals(PredictionKind.KEY_CHANGE, reported.kind());
        assertTrue(latency <= 2 * bar, name + ": reported " + latency + " s after the modulation");
    }

    /** The next-chord forecasts on the Andalusian cadence Am-G-F-E, a bar each, eight times over. */
    @Test
    void theNextChordForecastGetsBetterAsTheModelLearnsTheProgression() {
        int cycles = 8;
        RenderedProgression progression = RenderedProgression.render(120, Timbre.SAW_PAD, true, cycles,
                "Am", 4, "G", 4, "F", 4, "E", 4);
        StreamRun run = StreamRun.of(progression);
        double beat = progression.beatSeconds();
        double cycleSeconds = 16 * beat;
        int[][] rightBeat = new int[cycles][2];
        int[][] rightBar = new int[cycles][2];
        for (Prediction p : run.predictions) {
            if (p.kind() != PredictionKind.CHORD || p.targetSeconds() <= p.madeAtSeconds()) {
                continue;
            }
            int truthBeat = (int) Math.floor(p.targetSeconds() / beat + 0.5);
            if (truthBeat >= progression.beatChords().length || isRunnerUp(run.predictions, p)) {
                continue;
            }
            int cycle = (int) (p.madeAtSeconds() / cycleSeconds);
            boolean barAhead = p.targetSeconds() - p.madeAtSeconds() > 2 * beat;
            int[][] tally = barAhead ? rightBar : rightBeat;
            tally[cycle][1]++;
            if (p.value() == progression.beatChords()[truthBeat]) {
                tally[cycle][0]++;
            }
        }
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < cycles; c++) {
            s.append(String.format(Locale.ROOT, " %d: %.0f/%.0f", c + 1, share(rightBeat[c]) * 100,
                    share(rightBar[c]) * 100));
        }
        System.out.println("harmony: next-beat/next-bar forecast right, % per cycle of Am-G-F-E:" + s);
        double firstBar = share(rightBar[0]);
        double lastBar = (share(rightBar[cycles - 1]) + share(rightBar[cycles - 2])) / 2;
        double lastBeat = (share(rightBeat[cycles - 1]) + share(rightBeat[cycles - 2])) / 2;
        assertTrue(lastBar > firstBar + 0.2, "the bar-ahead forecast improves:" + s);
        assertTrue(lastBar >= 0.75, "the bar-ahead forecast ends right on 3 bars in 4:" + s);
        assertTrue(lastBeat >= 0.75, "the next-beat forecast ends right on 3 beats in 4:" + s);
    }

    /** Whether {@code p} is a second candidate: one made with it, for the same target, came first. */
    private static boolean isRunnerUp(List<Prediction> predictions, Prediction p) {
        for (Prediction q : predictions) {
            if (q == p) {
                return false;
            }
            if (q.kind() == PredictionKind.CHORD && q.madeAtSeconds() == p.madeAtSeconds()
                    && q.targetSeconds() == p.targetSeconds()) {
                return true;
            }
        }
        return false;
    }

    private static double share(int[] tally) {
        return tally[1] == 0 ? 0 : tally[0] / (double) tally[1];
    }

    @Test
    void silenceGivesNoChords() {
        float[] silence = new float[10 * RenderedProgression.SAMPLE_RATE_HZ];
        List<FeatureFrame> frames = StreamRun.frames(silence, StreamRun.extractors());
        assertTrue(frames.size() > 400, "the pipeline framed the silence");
        StreamRun run = StreamRun.of(frames, new HarmonyTracker("harmony", HarmonySettings.DEFAULTS));
        assertEquals(List.of(), run.predictions);
    }

    @Test
    void noiseGivesFewChords() {
        float[] noise = NoiseSignals.pink(10 * RenderedProgression.SAMPLE_RATE_HZ, 0.3, 11);
        StreamRun run = StreamRun.of(StreamRun.frames(noise, StreamRun.extractors()),
                new HarmonyTracker("harmony", HarmonySettings.DEFAULTS));
        int beats = 20;
        System.out.printf(Locale.ROOT, "harmony: pink noise, 10 s: %d chord observations for about %d beats%n",
                run.observations().size(), beats);
        assertTrue(run.observations().size() <= beats / 4, run.observations().toString());
    }

    @Test
    void chordsComeOnTheFallbackGridWhenTheStreamHasNoTempoOrKeyExtractor() {
        RenderedProgression progression = RenderedProgression.render(120, Timbre.ORGAN, false, 2,
                "Am", 4, "F", 4, "C", 4, "G", 4);
        List<FeatureFrame> frames = StreamRun.frames(progression.samples(), List.of(new ChromaExtractor()));
        StreamRun run = StreamRun.of(frames, new HarmonyTracker("harmony", HarmonySettings.DEFAULTS));
        double accuracy = run.chordAccuracy(progression, SETTLE_BEATS);
        System.out.printf(Locale.ROOT, "harmony: chroma only, music at 120 BPM, grid 120: chord per beat %.1f %%%n",
                100 * accuracy);
        assertTrue(accuracy >= 0.8, run.beatsByChord(progression));
        RenderedProgression slower = RenderedProgression.render(100, Timbre.ORGAN, false, 2,
                "Am", 4, "F", 4, "C", 4, "G", 4);
        StreamRun off = StreamRun.of(StreamRun.frames(slower.samples(), List.of(new ChromaExtractor())),
                new HarmonyTracker("harmony", HarmonySettings.DEFAULTS));
        double offAccuracy = off.chordAccuracy(slower, SETTLE_BEATS);
        System.out.printf(Locale.ROOT, "harmony: chroma only, music at 100 BPM, grid 120: chord per beat %.1f %%%n",
                100 * offAccuracy);
        assertTrue(offAccuracy >= 0.8, off.beatsByChord(slower));
    }

    /** The prediction host's queue drops frames when the predictor falls behind: every other frame here. */
    @Test
    void droppedFramesStillGiveTheChords() {
        RenderedProgression progression = RenderedProgression.render(124, Timbre.SAW_PAD, true, 2,
                "Am", 4, "F", 4, "C", 4, "G", 4);
        List<FeatureFrame> frames = StreamRun.frames(progression.samples(), StreamRun.extractors());
        List<FeatureFrame> half = frames.stream().filter(f -> f.index() % 2 == 0).toList();
        StreamRun run = StreamRun.of(half, new HarmonyTracker("harmony", HarmonySettings.DEFAULTS));
        double accuracy = run.chordAccuracy(progression, SETTLE_BEATS);
        System.out.printf(Locale.ROOT, "harmony: every other frame dropped: chord per beat %.1f %%%n", 100 * accuracy);
        assertTrue(accuracy >= 0.8, run.beatsByChord(progression));
    }

    @Test
    void framesWithoutChromaGiveNothingAndBreakNothing() {
        RenderedProgression progression = RenderedProgression.render(120, Timbre.ORGAN, true, 1,
                "Am", 4, "F", 4, "C", 4, "G", 4);
        List<FeatureFrame> noChroma = StreamRun.frames(progression.samples(),
                StreamRun.extractors().stream().filter(e -> !e.descriptor().id().equals("chroma")).toList());
        List<FeatureFrame> nothing = StreamRun.frames(progression.samples(), List.of());
        HarmonyTracker tracker = new HarmonyTracker("harmony", HarmonySettings.DEFAULTS);
        assertEquals(List.of(), StreamRun.of(noChroma, tracker).predictions);
        assertEquals(List.of(), StreamRun.of(nothing, tracker).predictions);
        assertTrue(StreamRun.of(StreamRun.frames(progression.samples(), StreamRun.extractors()), tracker)
                .chordAccuracy(progression, SETTLE_BEATS) >= 0.8, "the same tracker then follows a full stream");
    }

    @Test
    void resetForgetsTheStreamAndWhatTheModelLearnt() {
        RenderedProgression progression = RenderedProgression.render(120, Timbre.SAW_PAD, true, 2,
                "Am", 4, "G", 4, "F", 4, "E", 4);
        List<FeatureFrame> frames = StreamRun.frames(progression.samples(), StreamRun.extractors());
        List<Prediction> fresh = StreamRun.of(frames, new HarmonyTracker("harmony", HarmonySettings.DEFAULTS))
                .predictions;
        HarmonyTracker tracker = new HarmonyTracker("harmony", HarmonySettings.DEFAULTS);
        List<Prediction> first = StreamRun.of(frames, tracker).predictions;
        tracker.reset();
        List<Prediction> again = StreamRun.of(frames, tracker).predictions;
        assertEquals(fresh, first);
        assertEquals(fresh, again, "after reset the tracker behaves as a new one");
        assertTrue(fresh.stream().anyMatch(p -> p.label().equals(Chords.label(Chords.parse("Am")))));
    }
}
