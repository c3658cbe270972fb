package io.segue.predictor.harmony.internal.progression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.predictor.harmony.internal.chord.Chords;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProgressionModelTest {

    private static final int C_MAJOR = 0;
    private static final int A_MINOR = 21;

    private static int best(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    @Test
    void forecastsAreDistributions() {
        ProgressionModel model = new ProgressionModel(1);
        double[] p = new double[Chords.COUNT];
        for (int steps = 1; steps <= 12; steps++) {
            for (int run = 1; run <= 20; run++) {
                model.forecast(A_MINOR, Chords.parse("F"), run, steps, p);
                assertEquals(1, Arrays.stream(p).sum(), 1e-9);
                assertTrue(Arrays.stream(p).allMatch(x -> x >= 0));
            }
        }
    }

    @Test
    void thePriorsKnowCommonPracticeInEveryKey() {
        ProgressionModel model = new ProgressionModel(1);
        double[] p = new double[Chords.COUNT];
        model.forecast(C_MAJOR, Chords.parse("G"), 4, 1, p);
        assertEquals("C", Chords.label(best(p)), "after a bar of V the change is likely and goes home");
        model.forecast(C_MAJOR, Chords.parse("G"), 1, 1, p);
        assertEquals("G", Chords.label(best(p)), "a chord just begun goes on");
        model.forecast(7, Chords.parse("D"), 4, 1, p);
        assertEquals("G", Chords.label(best(p)), "V-I in G major too");
        model.forecast(A_MINOR, Chords.parse("E"), 4, 1, p);
        assertEquals("Am", Chords.label(best(p)), "V-i in A minor");
    }

    @Test
    void itLearnsTheStreamsMovesAndChordLengthsAndResetForgetsThem() {
        ProgressionModel model = new ProgressionModel(1);
        double[] before = new double[Chords.COUNT];
        model.forecast(A_MINOR, Chords.parse("Am"), 2, 1, before);
        assertEquals("Am", Chords.label(best(before)), "the priors expect a chord to last a bar");
        int am = Chords.parse("Am");
        int g = Chords.parse("G");
        for (int i = 0; i < 6; i++) {
            model.observeChange(A_MINOR, am, g);
            model.observeChange(A_MINOR, g, am);
            model.observeRun(2);
            model.observeRun(2);
        }
        double[] after = new double[Chords.COUNT];
        model.forecast(A_MINOR, am, 2, 1, after);
        assertEquals("G", Chords.label(best(after)), "learnt: Am moves to G after two beats");
        assertTrue(after[g] > 0.3 && after[g] > 3 * before[g], "probability " + after[g] + ", before " + before[g]);
        model.forecast(14, Chords.parse("Dm"), 2, 1, after);
        assertEquals("C", Chords.label(best(after)), "learnt relative to the key: i-VII holds in D minor too");
        model.reset();
        double[] reset = new double[Chords.COUNT];
        model.forecast(A_MINOR, am, 2, 1, reset);
        assertArrayEquals(before, reset, 1e-12);
    }
}
