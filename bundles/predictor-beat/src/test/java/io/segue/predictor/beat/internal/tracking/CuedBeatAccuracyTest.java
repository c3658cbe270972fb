package io.segue.predictor.beat.internal.tracking;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.TrackCue;
import io.segue.testing.audio.DrumPattern;
import io.segue.testing.audio.DrumPattern.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Beats predicted from a library track's grid ({@link TrackCue}), through the real pipeline with the real onset and
 * tempo extractors, scored as {@link BeatForecasterAccuracyTest} scores them (±70 ms): how soon the beats are right
 * with a correct cue, with a cue whose phase is off (play pressed late or early), with a pitched track, on the
 * half-time pattern the unseeded tracker follows at half its tempo, and for a track that starts mid-stream. Prints
 * the figures next to those of the same audio without a cue.
 */
class CuedBeatAccuracyTest {

    private static final double SECONDS = 16;
    private static final int RATE = PipelineFrames.SAMPLE_RATE_HZ;
    private static final double REQUIRED_F = 0.9;

    @Test
    void aCorrectCueGivesTheBeatsFromTheFirstSecond() throws InterruptedException {
        List<DrumPattern> patterns = List.of(
                DrumPattern.of(Style.CLICK, 70),
                DrumPattern.of(Style.BOOM_BAP, 90),
                DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 124),
                DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 128).withHumanize(5).withNoise(0.01),
                DrumPattern.of(Style.HALF_TIME, 150),
                DrumPattern.of(Style.DRUM_AND_BASS, 174));
        List<Executable> checks = new ArrayList<>();
        System.out.println("cued beats, correct cue at 0 s: F from 1 s to " + SECONDS + " s, settled = first of 8 "
                + "beats in a row all right (unseeded in brackets)");
        for (int i = 0; i < patterns.size(); i++) {
            DrumPattern pattern = patterns.get(i);
            DrumPattern.Rendering rendering = pattern.render(SECONDS, RATE, 400 + i);
            List<FeatureFrame> frames = PipelineFrames.of(rendering.samples());
            CuedRun cued = CuedRun.of(frames, new TrackCue("t", pattern.startBpm(), 0, 0));
            CuedRun plain = CuedRun.of(frames, null);
            BeatScore score = BeatScore.over(cued.beats(), rendering.beatSeconds(), 1, SECONDS);
            double settle = BeatScore.settleSeconds(cued.beats(), rendering.beatSeconds(), 0);
            double plainSettle = BeatScore.settleSeconds(plain.beats(), rendering.beatSeconds(), 0);
            System.out.printf(Locale.ROOT, "  %-42s %s  settled %.2f s (%.2f s)%n", pattern, score.line(), settle,
                    plainSettle);
            checks.add(() -> assertTrue(score.f() >= REQUIRED_F, pattern + ": F from 1 s " + score.f()));
            checks.add(() -> assertTrue(settle <= 1, pattern + ": settled at " + settle + " s"));
        }
        assertAll(checks);
    }

    @Test
    void aCueWhosePhaseIsOffIsCorrectedByTheOnsets() throws InterruptedException {
        List<Executable> checks = new ArrayList<>();
        System.out.println("cued beats, cue off by +-150 ms: settled = first of 8 beats in a row all right");
        int seed = 500;
        for (DrumPattern pattern : List.of(DrumPattern.of(Style.BOOM_BAP, 90),
                DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 124), DrumPattern.of(Style.HALF_TIME, 140),
                DrumPattern.of(Style.DRUM_AND_BASS, 174))) {
            for (double offset : new double[] {0.15, -0.15}) {
                // the audio starts at 0.3 s; the cue says 0.3 s minus the offset (a late press: the audio is later)
                DrumPattern.Rendering rendering = pattern.render(SECONDS, RATE, seed++);
                float[] samples = CuedRun.concat(new float[(int) (0.3 * RATE)], rendering.samples());
                double[] truth = CuedRun.shift(rendering.beatSeconds(), 0.3);
                CuedRun run = CuedRun.of(samples, new TrackCue("t", pattern.startBpm(), 0, 0.3 - offset));
                double settle = BeatScore.settleSeconds(run.beats(), truth, 0.3);
                BeatScore score = BeatScore.over(run.beats(), truth, 0.3 + 4, SECONDS + 0.3);
                System.out.printf(Locale.ROOT, "  %-30s audio %+4.0f ms from the cue: settled %.2f s after the start,"
                        + " from 4 s %s%n", pattern, 1000 * offset, settle, score.line());
                checks.add(() -> assertTrue(settle <= 3, pattern + " " + offset + ": settled at " + settle));
                checks.add(() -> assertTrue(score.f() >= REQUIRED_F, pattern + " " + offset + ": F " + score.f()));
            }
        }
        assertAll(checks);
    }

    @Test
    void aPitchedTrackIsFollowedAtItsTrueTempo() throws InterruptedException {
        List<Executable> checks = new ArrayList<>();
        System.out.println("cued beats, track pitched: the cue carries the library tempo");
        int seed = 600;
        for (double pitch : new double[] {0.06, -0.06, 0.03}) {
            for (DrumPattern.Style style : List.of(Style.FOUR_ON_THE_FLOOR, Style.BOOM_BAP)) {
                double bpm = style == Style.BOOM_BAP ? 90 : 124;
                DrumPattern pattern = DrumPattern.of(style, bpm * (1 + pitch));
                DrumPattern.Rendering rendering = pattern.render(SECONDS, RATE, seed++);
                CuedRun run = CuedRun.of(rendering.samples(), new TrackCue("t", bpm, 0, 0));
                double settle = BeatScore.settleSeconds(run.beats(), rendering.beatSeconds(), 0);
                BeatScore score = BeatScore.over(run.beats(), rendering.beatSeconds(), 4, SECONDS);
                System.out.printf(Locale.ROOT, "  cue %5.1f BPM, audio %-30s settled %.2f s, from 4 s %s%n", bpm,
                        pattern, settle, score.line());
                checks.add(() -> assertTrue(score.f() >= REQUIRED_F, pattern + ": F " + score.f()));
            }
        }
        assertAll(checks);
    }

    /** The unseeded tracker follows this pattern at 70 (see {@link BeatForecasterAccuracyTest}); the cue says 140. */
    @Test
    void aCueAt140KeepsHalfTimeWithEighthHatsAt140() throws InterruptedException {
        DrumPattern pattern = DrumPattern.of(Style.HALF_TIME, 140).withEighthHats();
        DrumPattern.Rendering rendering = pattern.render(24, RATE, 300);
        List<FeatureFrame> frames = PipelineFrames.of(rendering.samples());
        CuedRun run = CuedRun.of(frames, new TrackCue("t", 140, 0, 0));
        CuedRun plain = CuedRun.of(frames, null);
        BeatScore score = BeatScore.over(run.beats(), rendering.beatSeconds(), 4, 24);
        BeatScore early = BeatScore.over(run.beats(), rendering.beatSeconds(), 1, 24);
        BeatScore unseeded = BeatScore.over(plain.beats(), rendering.beatSeconds(), 4, 24);
        System.out.printf(Locale.ROOT, "cued beats, %s with a cue at 140: from 4 s %s; from 1 s F %.3f; "
                + "unseeded from 4 s F %.3f%n", pattern, score.line(), early.f(), unseeded.f());
        assertTrue(score.f() >= REQUIRED_F, "F " + score.f());
        assertTrue(early.f() >= REQUIRED_F, "F from 1 s " + early.f());
    }

    @Test
    void aCueWithoutAGridChangesNothing() throws InterruptedException {
        DrumPattern.Rendering rendering = DrumPattern.of(Style.BOOM_BAP, 90).render(12, RATE, 700);
        List<FeatureFrame> frames = PipelineFrames.of(rendering.samples());
        CuedRun plain = CuedRun.of(frames, null);
        assertEquals(plain.predictions(), CuedRun.of(frames, new TrackCue("t", Double.NaN, 0, 0)).predictions());
        assertEquals(plain.predictions(), CuedRun.of(frames, new TrackCue("t", 90, Double.NaN, 0)).predictions());
        assertTrue(plain.beats().length > 10);
    }

    @Test
    void aTrackCuedMidStreamIsFollowedAtOnce() throws InterruptedException {
        List<Executable> checks = new ArrayList<>();
        System.out.println("cued beats, a track played mid-stream at 12 s after 12 s of another: settled after the "
                + "change (unseeded in brackets)");
        DrumPattern before = DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 124);
        int seed = 800;
        for (DrumPattern after : List.of(DrumPattern.of(Style.BOOM_BAP, 90), DrumPattern.of(Style.HALF_TIME, 150),
                DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 128))) {
            DrumPattern.Rendering first = before.render(12, RATE, seed++);
            DrumPattern.Rendering second = after.render(SECONDS, RATE, seed++);
            float[] samples = CuedRun.concat(first.samples(), second.samples());
            double[] truth = CuedRun.shift(second.beatSeconds(), 12);
            List<FeatureFrame> frames = PipelineFrames.of(samples);
            CuedRun run = CuedRun.of(frames, new TrackCue("t", after.startBpm(), 0, 12));
            CuedRun plain = CuedRun.of(frames, null);
            double settle = BeatScore.settleSeconds(run.beats(), truth, 12);
            double plainSettle = BeatScore.settleSeconds(plain.beats(), truth, 12);
            BeatScore score = BeatScore.over(run.beats(), truth, 13, 12 + SECONDS);
            System.out.printf(Locale.ROOT, "  %s then %-30s settled %.2f s (%.2f s), from 13 s %s%n", before, after,
                    settle, plainSettle, score.line());
            checks.add(() -> assertTrue(score.f() >= REQUIRED_F, after + ": F " + score.f()));
            checks.add(() -> assertTrue(settle <= 1, after + ": settled " + settle + " s after the change"));
        }
        assertAll(checks);
    }
}
