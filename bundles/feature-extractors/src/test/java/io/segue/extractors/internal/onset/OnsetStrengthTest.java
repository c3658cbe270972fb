package io.segue.extractors.internal.onset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OnsetStrengthTest {

    private static final int N = 2048;
    private static final double RATE = 22050;
    private static final double BIN_HZ = RATE / N;
    /** Bins 1 .. K with K at 11025 Hz (the Nyquist frequency here): 1024. */
    private static final int BINS = 1024;
    /** Bins up to 300 Hz: 27 (27 * 10.77 Hz = 290.7 Hz). */
    private static final int LOW_BINS = 27;
    /** Bins up to 150 Hz: 13 (13 * 10.77 Hz = 140.0 Hz). */
    private static final int KICK_BINS = 13;

    private final OnsetStrength strength = new OnsetStrength(RATE, N, 512);

    @Test
    void silenceHasNoStrength() {
        for (int i = 0; i < 3; i++) {
            strength.process(new float[N / 2 + 1]);
            assertEquals(0.0, strength.strength());
            assertEquals(0.0, strength.lowStrength());
        }
    }

    @Test
    void aToneAppearingRisesByItsLogMagnitude() {
        strength.process(new float[N / 2 + 1]);
        float[] tone = new float[N / 2 + 1];
        tone[100] = N / 4f; // a full-scale sine on bin 100 reads windowSize / 4
        strength.process(tone);
        // ln(1 + 1000 * 1) in one of the 1024 bins, the reference being silence
        assertEquals(Math.log(1001) / BINS, strength.strength(), 1e-12);
        assertEquals(0.0, strength.lowStrength());
        strength.process(tone);
        assertEquals(0.0, strength.strength(), "a steady tone does not rise");
    }

    @Test
    void lowBandAveragesOverTheBinsUpTo300Hz() {
        assertEquals(LOW_BINS, (int) Math.floor(OnsetStrength.LOW_MAX_HZ / BIN_HZ));
        strength.process(new float[N / 2 + 1]);
        float[] kick = new float[N / 2 + 1];
        kick[5] = N / 4f;
        strength.process(kick);
        assertEquals(Math.log(1001) / LOW_BINS, strength.lowStrength(), 1e-12);
        assertEquals(Math.log(1001) / BINS, strength.strength(), 1e-12);
    }

    @Test
    void kickBandAveragesOverTheBinsUpTo150HzAndLeavesTheSnareBodyOut() {
        assertEquals(KICK_BINS, (int) Math.floor(OnsetStrength.KICK_MAX_HZ / BIN_HZ));
        strength.process(new float[N / 2 + 1]);
        float[] kick = new float[N / 2 + 1];
        kick[5] = N / 4f;
        strength.process(kick);
        assertEquals(Math.log(11) / KICK_BINS, strength.kickStrength(), 1e-12, "knee at -20 dB: ln(1 + 10 * 1)");
        strength.reset();
        strength.process(new float[N / 2 + 1]);
        float[] snareBody = new float[N / 2 + 1];
        snareBody[17] = N / 4f; // 183 Hz
        strength.process(snareBody);
        assertEquals(0.0, strength.kickStrength());
        assertEquals(Math.log(1001) / LOW_BINS, strength.lowStrength(), 1e-12);
        strength.reset();
        assertEquals(0.0, strength.lowStrength());
        assertEquals(0.0, strength.kickStrength());
    }

    @Test
    void aToneMovingByOneBinIsNotAnOnset() {
        float[] before = new float[N / 2 + 1];
        before[200] = N / 8f;
        float[] after = new float[N / 2 + 1];
        after[201] = N / 8f;
        strength.process(before);
        strength.process(after);
        assertEquals(0.0, strength.strength(), "the three-bin maximum filter absorbs a one-bin slide");
        float[] jump = new float[N / 2 + 1];
        jump[203] = N / 8f;
        strength.process(jump);
        assertEquals(Math.log1p(1000 * 0.5) / BINS, strength.strength(), 1e-12);
    }

    @Test
    void firstFrameHasNoReferenceAndResetForgets() {
        float[] tone = new float[N / 2 + 1];
        tone[50] = N / 4f;
        strength.process(tone);
        assertEquals(0.0, strength.strength());
        strength.reset();
        strength.process(tone);
        assertEquals(0.0, strength.strength(), "after reset the first frame again has no reference");
    }

    @Test
    void referenceLagFollowsTheOverlap() {
        assertEquals(1, new OnsetStrength(RATE, 2048, 512).historyFrames());
        assertEquals(4, new OnsetStrength(RATE, 2048, 128).historyFrames());
        assertEquals(1, new OnsetStrength(RATE, 1024, 1024).historyFrames());
    }

    @Test
    void badFramingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OnsetStrength(RATE, 1000, 512));
        assertThrows(IllegalArgumentException.class, () -> new OnsetStrength(RATE, 2048, 0));
        assertThrows(IllegalArgumentException.class, () -> new OnsetStrength(0, 2048, 512));
    }
}
