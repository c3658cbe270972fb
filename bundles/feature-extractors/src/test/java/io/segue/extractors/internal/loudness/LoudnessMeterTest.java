package io.segue.extractors.internal.loudness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class LoudnessMeterTest {

    private static final int RATE = 48000;

    private static LoudnessMeter meter() {
        return new LoudnessMeter(RATE, LoudnessMeter.DUAL_MONO);
    }

    private static void add(LoudnessMeter meter, float[] samples) {
        meter.add(samples, 0, samples.length);
    }

    @Test
    void valuesAreNanUntilTheirWindowIsFull() {
        LoudnessMeter meter = meter();
        float[] tone = ToneSequence.of(RATE, 3.0, -23);
        int momentary = RATE * 400 / 1000;
        meter.add(tone, 0, momentary - 1);
        assertTrue(Double.isNaN(meter.momentaryLufs()));
        assertTrue(Double.isNaN(meter.integratedLufs()));
        meter.add(tone, momentary - 1, 1);
        assertEquals(-23.0, meter.momentaryLufs(), 0.1);
        assertEquals(-23.0, meter.integratedLufs(), 0.1);
        assertTrue(Double.isNaN(meter.shortTermLufs()));
        assertTrue(Double.isNaN(meter.loudnessRangeLu()));
        meter.add(tone, momentary, tone.length - momentary - 1);
        assertTrue(Double.isNaN(meter.shortTermLufs()));
        meter.add(tone, tone.length - 1, 1);
        assertEquals(-23.0, meter.shortTermLufs(), 0.1);
        assertEquals(0.0, meter.loudnessRangeLu(), 0.01);
    }

    @Test
    void digitalSilenceIsMinusInfinityAndHasNoIntegratedLoudness() {
        LoudnessMeter meter = meter();
        add(meter, new float[RATE * 4]);
        assertEquals(Double.NEGATIVE_INFINITY, meter.momentaryLufs());
        assertEquals(Double.NEGATIVE_INFINITY, meter.shortTermLufs());
        assertTrue(Double.isNaN(meter.integratedLufs()));
        assertTrue(Double.isNaN(meter.loudnessRangeLu()));
    }

    @Test
    void silenceAfterAToneIsMinusInfinityAndLeavesTheIntegratedLoudness() {
        LoudnessMeter meter = meter();
        add(meter, ToneSequence.of(RATE, 5.0, -23));
        add(meter, new float[RATE * 5]);
        assertEquals(Double.NEGATIVE_INFINITY, meter.momentaryLufs());
        assertEquals(Double.NEGATIVE_INFINITY, meter.shortTermLufs());
        // the silent blocks fall below the absolute gate; the three blocks that straddle the end of the tone (3/4,
        // 2/4 and 1/4 of it) pass the relative gate and join the 47 whole blocks
        assertEquals(-23.0 + 10 * Math.log10((47 + 0.75 + 0.5 + 0.25) / 50), meter.integratedLufs(), 0.02);
    }

    @Test
    void dualMonoReads3dBAboveOneChannel() {
        float[] tone = ToneSequence.of(RATE, 1.0, -20);
        LoudnessMeter dual = meter();
        LoudnessMeter single = new LoudnessMeter(RATE, LoudnessMeter.SINGLE_CHANNEL);
        add(dual, tone);
        add(single, tone);
        assertEquals(10 * Math.log10(2), dual.momentaryLufs() - single.momentaryLufs(), 1e-9);
        assertEquals(-20 - 10 * Math.log10(2), single.momentaryLufs(), 0.1);
    }

    @Test
    void impulseReadsItsEnergyOverTheWindow() {
        // Parseval: a unit impulse leaves sum h[n]^2 = (1/pi) * integral_0^pi |H(w)|^2 dw of K-weighted energy
        KWeighting k = new KWeighting(RATE);
        int n = 200000;
        double integral = 0;
        for (int i = 0; i < n; i++) {
            double hz = (i + 0.5) / n * RATE / 2;
            double m = k.shelf().magnitudeAt(hz, RATE) * k.highPass().magnitudeAt(hz, RATE);
            integral += m * m;
        }
        double energy = integral / n;
        LoudnessMeter meter = meter();
        float[] signal = new float[RATE];
        // at 0.8 s: inside the last 400 ms and the two last gating blocks, its tail decayed long before 1 s
        signal[RATE * 8 / 10] = 1f;
        add(meter, signal);
        double expected = -0.691 + 10 * Math.log10(2 * energy / (RATE * 0.4));
        assertEquals(expected, meter.momentaryLufs(), 0.01);
        assertEquals(expected, meter.integratedLufs(), 0.01);
    }

    @Test
    void restartedWindowsKeepTheIntegratedLoudnessAndNoBlockSpansTheGap() {
        LoudnessMeter meter = meter();
        add(meter, ToneSequence.of(RATE, 5.0, -23));
        meter.restartWindows();
        assertTrue(Double.isNaN(meter.momentaryLufs()));
        assertTrue(Double.isNaN(meter.shortTermLufs()));
        assertEquals(-23.0, meter.integratedLufs(), 0.1);
        add(meter, ToneSequence.of(RATE, 1.0, -33));
        assertEquals(-33.0, meter.momentaryLufs(), 0.1);
        assertTrue(Double.isNaN(meter.shortTermLufs()));
        // 47 blocks of 5 s at -23 and 7 of 1 s at -33 (blocks end at 0.4, 0.5 .. s of each piece); the relative gate
        // (about -33.5) keeps all of them
        double expected = 10 * Math.log10((47 * Math.pow(10, -2.3) + 7 * Math.pow(10, -3.3)) / 54);
        assertEquals(expected, meter.integratedLufs(), 0.02);
    }

    @Test
    void resetForgetsEverything() {
        float[] loud = ToneSequence.of(RATE, 4.0, -10);
        float[] quiet = ToneSequence.of(RATE, 4.0, -30);
        LoudnessMeter used = meter();
        add(used, loud);
        used.reset();
        add(used, quiet);
        LoudnessMeter fresh = meter();
        add(fresh, quiet);
        assertEquals(fresh.momentaryLufs(), used.momentaryLufs());
        assertEquals(fresh.shortTermLufs(), used.shortTermLufs());
        assertEquals(fresh.integratedLufs(), used.integratedLufs());
        assertEquals(fresh.loudnessRangeLu(), used.loudnessRangeLu());
    }

    @Test
    void howTheSamplesAreSplitDoesNotMatter() {
        float[] signal = ToneSequence.of(22050, 1.0, -20, 2.5, -30, 1.0, -25);
        LoudnessMeter whole = new LoudnessMeter(22050, LoudnessMeter.DUAL_MONO);
        add(whole, signal);
        LoudnessMeter pieces = new LoudnessMeter(22050, LoudnessMeter.DUAL_MONO);
        for (int i = 0; i < signal.length; i += 317) {
            pieces.add(signal, i, Math.min(317, signal.length - i));
        }
        assertEquals(whole.momentaryLufs(), pieces.momentaryLufs());
        assertEquals(whole.shortTermLufs(), pieces.shortTermLufs());
        assertEquals(whole.integratedLufs(), pieces.integratedLufs());
        assertEquals(whole.loudnessRangeLu(), pieces.loudnessRangeLu());
    }

    @Test
    void oddRatesKeepExactWindows() {
        // 11025 Hz: a 20 ms step is 220.5 samples; steps alternate 220 / 221 and 400 ms stay 4410 samples
        int rate = 11025;
        LoudnessMeter meter = new LoudnessMeter(rate, LoudnessMeter.DUAL_MONO);
        add(meter, ToneSequence.of(rate, 4.0, -23));
        assertEquals(-23.0, meter.momentaryLufs(), 0.1);
        assertEquals(-23.0, meter.shortTermLufs(), 0.1);
        assertEquals(-23.0, meter.integratedLufs(), 0.1);
    }

    @Test
    void addAllocatesNothing() {
        LoudnessMeter meter = meter();
        float[] tone = ToneSequence.of(RATE, 4.0, -23);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();
        add(meter, tone);
        meter.integratedLufs();
        meter.loudnessRangeLu();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 3; i++) {
            add(meter, tone);
            meter.momentaryLufs();
            meter.shortTermLufs();
            meter.integratedLufs();
            meter.loudnessRangeLu();
        }
        assertEquals(0, threads.getCurrentThreadAllocatedBytes() - before);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new LoudnessMeter(48000, 0));
        assertThrows(IllegalArgumentException.class, () -> new LoudnessMeter(2000, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> meter().add(new float[10], 5, 6));
    }
}
