package io.segue.predictor.beat.internal.tracking;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.api.predict.TrackCue;
import io.segue.testing.audio.DrumPattern;
import io.segue.testing.audio.DrumPattern.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Downbeats predicted ahead of time, through the real pipeline with the real onset, tempo and chroma extractors, on
 * material with known bar starts ({@link BarMusic}), scored within ±70 ms as the beats are: where the bar can be told
 * (a kick on 1 but not 3, chords changing on the bar line, a cued track's grid; chords that
 * change a beat after the cue's bar line overrule it), and where it cannot (a click; a
 * two-beat drum loop tells 1 and 3 from 2 and 4 but not 1 from 3). Prints F from 8 s, the time from which every
 * downbeat is right, and the confidence.
 */
class DownbeatAccuracyTest {

    private static final double SECONDS = 30;
    /** Not on a downbeat of the tempos here, so that no prediction and its downbeat fall on either side of it. */
    private static final double SCORED_FROM_SECONDS = 7.9;
    /** The end of the scored time: the last downbeat of the truth is the last before {@value #SECONDS} s. */
    private static final double SCORED_TO_SECONDS = SECONDS - 0.5;
    private static final double REQUIRED_F = 0.9;

    /** {@code cueBeat}: the beat of the audio the cue puts its first beat on (-1: no cue; 1: a beat late). */
    private record Case(String name, DrumPattern pattern, boolean chords, int cueBeat) {
        Case(String name, DrumPattern pattern, boolean chords, boolean cue) {
            this(name, pattern, chords, cue ? 0 : -1);
        }

        @Override
        public String toString() {
            return pattern + (chords ? " + chord per bar" : "")
                    + (cueBeat == 0 ? ", cued" : cueBeat > 0 ? ", cued a beat late" : "");
        }

        TrackCue trackCue() {
            return cueBeat < 0 ? null : new TrackCue("t", pattern.startBpm(), cueBeat * 60 / pattern.startBpm(), 0);
        }
    }

    @Test
    void downbeatsAreRightWhereTheBarCanBeTold() throws InterruptedException {
        List<Case> cases = List.of(
                new Case("house", DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 124), true, false),
                new Case("house", DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 128).withHumanize(5), true, false),
                new Case("boom-bap", DrumPattern.of(Style.BOOM_BAP, 90), true, false),
                new Case("boom-bap", DrumPattern.of(Style.BOOM_BAP, 90), false, true),
                new Case("dnb", DrumPattern.of(Style.DRUM_AND_BASS, 174), false, false),
                new Case("click", DrumPattern.of(Style.CLICK, 120), false, true),
                new Case("house", DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 124), false, true),
                new Case("house", DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 126), true, 1),
                new Case("house", DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 120), true, false),
                new Case("dnb", DrumPattern.of(Style.DRUM_AND_BASS, 170).withHumanize(5), false, false));
        List<Executable> checks = new ArrayList<>();
        System.out.println("downbeat prediction: F from " + SCORED_FROM_SECONDS + " s to " + SCORED_TO_SECONDS
                + " s, +-70 ms;"
                + " all right from = the first true downbeat from which every one is hit and none is false");
        int seed = 900;
        for (Case c : cases) {
            BarMusic music = BarMusic.of(c.pattern(), c.chords(), SECONDS, seed++);
            CuedRun run = CuedRun.of(music.samples(), c.trackCue());
            BeatScore score = BeatScore.over(run.downbeats(), music.downbeatSeconds(), SCORED_FROM_SECONDS,
                    SCORED_TO_SECONDS);
            double from = allRightFrom(run.downbeats(), music.downbeatSeconds());
            System.out.printf(Locale.ROOT, "  %-46s %s  all right from %.2f s  confidence %s%n", c, score.line(), from,
                    confidenceRange(run.predictions()));
            checks.add(() -> assertTrue(score.f() >= REQUIRED_F, c + ": downbeat F " + score.f()));
            checks.add(() -> assertEachDownbeatIsAnAnnouncedBeat(run.predictions()));
        }
        assertAll(checks);
    }

    /** A downbeat comes right after the same beat's BEAT prediction, as sure as the bar tracker must be. */
    private static void assertEachDownbeatIsAnAnnouncedBeat(List<Prediction> predictions) {
        for (int i = 0; i < predictions.size(); i++) {
            Prediction p = predictions.get(i);
            if (p.kind() == PredictionKind.DOWNBEAT) {
                Prediction beat = predictions.get(i - 1);
                assertEquals(PredictionKind.BEAT, beat.kind(), "before " + p);
                assertEquals(beat.targetSeconds(), p.targetSeconds(), "target of " + p);
                assertEquals(beat.madeAtSeconds(), p.madeAtSeconds(), "made at of " + p);
                assertTrue(p.confidence() >= BeatForecaster.MIN_DOWNBEAT_CONFIDENCE, "confidence of " + p);
            }
        }
    }

    @Test
    void noConfidentDownbeatWhereTheBarCannotBeTold() throws InterruptedException {
        List<Case> cases = List.of(
                new Case("click", DrumPattern.of(Style.CLICK, 120), false, false),
                new Case("click", DrumPattern.of(Style.CLICK, 90), false, false),
                new Case("click", DrumPattern.of(Style.CLICK, 150).withHumanize(5).withNoise(0.01), false, false),
                new Case("click", DrumPattern.of(Style.CLICK, 72), false, false),
                new Case("house", DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 124), false, false),
                new Case("boom-bap", DrumPattern.of(Style.BOOM_BAP, 90), false, false));
        List<Executable> checks = new ArrayList<>();
        System.out.println("downbeat prediction where the audio cannot tell the bar:");
        int seed = 950;
        for (Case c : cases) {
            BarMusic music = BarMusic.of(c.pattern(), c.chords(), SECONDS, seed++);
            CuedRun run = CuedRun.of(music.samples(), null);
            long downbeats = run.downbeats().length;
            BeatScore score = BeatScore.over(run.downbeats(), music.downbeatSeconds(), SCORED_FROM_SECONDS,
                    SCORED_TO_SECONDS);
            System.out.printf(Locale.ROOT, "  %-46s %d downbeats announced (%s)%n", c, downbeats, score.line());
            checks.add(() -> assertTrue(downbeats == 0 || score.precision() >= REQUIRED_F,
                    c + ": " + downbeats + " downbeats announced, precision " + score.precision()));
            if (c.pattern().toString().startsWith("CLICK")) {
                checks.add(() -> assertTrue(downbeats == 0, c + ": a click has no bar, yet " + downbeats));
            }
        }
        assertAll(checks);
    }

    /** The first true downbeat from which every later one is hit and no false one is announced; infinite if none. */
    static double allRightFrom(double[] predicted, double[] truth) {
        double end = truth[truth.length - 1] + BeatScore.TOLERANCE_SECONDS + 1e-9;
        double result = Double.POSITIVE_INFINITY;
        for (int i = truth.length - 1; i >= 0; i--) {
            BeatScore tail = BeatScore.over(predicted, truth, truth[i] - BeatScore.TOLERANCE_SECONDS, end);
            if (tail.f() < 1) {
                break;
            }
            result = truth[i];
        }
        return result;
    }

    private static String confidenceRange(List<Prediction> predictions) {
        double[] c = predictions.stream().filter(p -> p.kind() == PredictionKind.DOWNBEAT)
                .mapToDouble(Prediction::confidence).toArray();
        if (c.length == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f..%.2f, last %.2f", java.util.Arrays.stream(c).min().orElseThrow(),
                java.util.Arrays.stream(c).max().orElseThrow(), c[c.length - 1]);
    }
}
