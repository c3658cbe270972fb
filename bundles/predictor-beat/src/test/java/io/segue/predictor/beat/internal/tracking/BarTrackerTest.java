package io.segue.predictor.beat.internal.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class BarTrackerTest {

    private static final double PERIOD = 0.5;
    private static final double HOP_SECONDS = 512.0 / 22050;
    private static final float[] C_MAJOR = chroma(0, 4, 7);
    private static final float[] A_MINOR = chroma(9, 0, 4);

    @Test
    void aKickOnOneButNotOnThreeTellsTheBar() {
        BarTracker bars = new BarTracker();
        BeatGrid grid = grid();
        // beat k: kick on 1, snare (a little kick band) on 2 and 4, nothing on 3
        run(bars, grid, k -> k % 4 == 0 ? 0.5 : k % 2 == 1 ? 0.08 : 0, k -> C_MAJOR, 40);
        assertTrue(bars.confidence() > 0.9, "confidence " + bars.confidence());
        assertTrue(bars.isDownbeat(40 * PERIOD, PERIOD));
        assertFalse(bars.isDownbeat(42 * PERIOD, PERIOD));
        assertFalse(bars.isDownbeat(41 * PERIOD, PERIOD));
    }

    @Test
    void aChordChangeOnTheBarLineTellsTheBar() {
        BarTracker bars = new BarTracker();
        BeatGrid grid = grid();
        // a kick on every beat (four on the floor): only the harmony tells; the chord changes on beat 2 of the count
        run(bars, grid, k -> 0.45, k -> (k - 2) / 4 % 2 == 0 ? C_MAJOR : A_MINOR, 40);
        assertTrue(bars.confidence() > 0.9, "confidence " + bars.confidence());
        assertTrue(bars.isDownbeat(42 * PERIOD, PERIOD));
        assertFalse(bars.isDownbeat(40 * PERIOD, PERIOD));
    }

    @Test
    void aTwoBeatLoopTellsOneAndThreeFromTwoAndFourButNotOneFromThree() {
        BarTracker bars = new BarTracker();
        BeatGrid grid = grid();
        run(bars, grid, k -> k % 2 == 0 ? 0.45 : 0.08, k -> C_MAJOR, 40);
        assertEquals(0.5, bars.confidence(), 0.01);
        assertTrue(bars.isDownbeat(40 * PERIOD, PERIOD) || bars.isDownbeat(42 * PERIOD, PERIOD));
        assertFalse(bars.isDownbeat(41 * PERIOD, PERIOD) || bars.isDownbeat(43 * PERIOD, PERIOD));
    }

    @Test
    void whereNothingTellsTheBarTheConfidenceIsAQuarter() {
        BarTracker bars = new BarTracker();
        BeatGrid grid = grid();
        run(bars, grid, k -> 0.45, k -> C_MAJOR, 40);
        assertEquals(0.25, bars.confidence(), 1e-9);
    }

    @Test
    void aCueAloneTellsTheBarAndTheAudioCanOverruleIt() {
        BarTracker bars = new BarTracker();
        BeatGrid grid = grid();
        bars.cue(PERIOD);
        double cueAlone = Math.exp(BarTracker.CUE_WEIGHT) / (Math.exp(BarTracker.CUE_WEIGHT) + 3);
        assertEquals(cueAlone, bars.confidence(), 1e-9);
        run(bars, grid, k -> 0.45, k -> C_MAJOR, 4);
        assertTrue(bars.isDownbeat(PERIOD + 4 * PERIOD, PERIOD));
        assertFalse(bars.isDownbeat(2 * PERIOD + 4 * PERIOD, PERIOD));
        // the chords change a beat later than the cue says: after some bars the harmony wins
        run(bars, grid, k -> 0.45, k -> (k - 2) / 4 % 2 == 0 ? C_MAJOR : A_MINOR, 60);
        assertTrue(bars.isDownbeat(62 * PERIOD, PERIOD));
        bars.reset();
        assertEquals(0.25, bars.confidence(), 1e-9);
        assertFalse(bars.isDownbeat(62 * PERIOD, PERIOD), "nothing known after a reset");
    }

    private static BeatGrid grid() {
        BeatGrid grid = new BeatGrid();
        grid.cue(PERIOD, 0);
        return grid;
    }

    /** Frames from 0 to beat {@code beats}, each beat's onset with kick-band strength {@code kick}, then chroma. */
    private static void run(BarTracker bars, BeatGrid grid, IntToDoubleFunction kick, IntFunction<float[]> chroma,
            int beats) {
        int nextOnset = 0;
        for (double t = 0; t < beats * PERIOD; t += HOP_SECONDS) {
            int beat = (int) Math.floor((t + BarTracker.FRAME_CENTRE_SECONDS) / PERIOD);
            bars.frame(t, chroma.apply(Math.floorMod(beat, 1 << 20)), grid);
            // an onset is reported a frame or so after it sounded
            while (nextOnset * PERIOD <= t - 0.02) {
                bars.onset(nextOnset * PERIOD, kick.applyAsDouble(nextOnset), grid);
                nextOnset++;
            }
        }
    }

    private static float[] chroma(int... pitchClasses) {
        float[] c = new float[12];
        for (int p : pitchClasses) {
            c[p] = 1;
        }
        return c;
    }
}
