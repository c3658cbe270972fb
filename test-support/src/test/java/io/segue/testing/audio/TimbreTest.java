package io.segue.testing.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TimbreTest {

    private static final int RATE = 8000;

    /** The amplitude of the component at {@code hz} in {@code x[from .. to)}: Hann-weighted correlation. */
    private static double amplitudeAt(float[] x, int from, int to, double hz) {
        double re = 0;
        double im = 0;
        double weights = 0;
        for (int i = from; i < to; i++) {
            double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * (i - from) / (to - from));
            re += w * x[i] * Math.cos(2 * Math.PI * hz * i / RATE);
            im += w * x[i] * Math.sin(2 * Math.PI * hz * i / RATE);
            weights += w;
        }
        return 2 * Math.hypot(re, im) / weights;
    }

    private static float[] note(Timbre timbre, double hz) {
        float[] out = new float[RATE];
        timbre.addNote(out, 0, RATE, hz, 0.5, RATE);
        return out;
    }

    @ParameterizedTest
    @EnumSource(Timbre.class)
    void notesAreBoundedDeterministicAndFadeIn(Timbre timbre) {
        float[] x = note(timbre, 200);
        float[] y = note(timbre, 200);
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i], y[i]);
            assertTrue(Math.abs(x[i]) <= 1f, "sample " + i);
        }
        assertEquals(0f, x[0], 1e-6f, "the attack starts at 0");
        assertTrue(amplitudeAt(x, 1000, 5000, 200) > 0.01, "the fundamental sounds");
    }

    @Test
    void sineHasNoHarmonicsAndTheOthersDo() {
        float[] sine = note(Timbre.SINE, 200);
        assertEquals(0.5, amplitudeAt(sine, 1000, 5000, 200), 0.01);
        assertTrue(amplitudeAt(sine, 1000, 5000, 600) < 1e-3);
        // each saw's 3rd harmonic is a third of its fundamental: the upper saw, 6 cents sharp, over 3 s (its
        // partials 1.4 Hz and more from the lower saw's, 4 and more Hann bins)
        float[] saw = new float[4 * RATE];
        Timbre.SAW_PAD.addNote(saw, 0, saw.length, 200, 0.5, RATE);
        double upper = 200 * Math.pow(2, 6 / 1200.0);
        // a saw from -a to a has harmonic n at 2a / (pi n); each saw of the pad has a = 0.25
        assertEquals(0.5 / Math.PI, amplitudeAt(saw, RATE / 2, 7 * RATE / 2, upper), 0.005);
        assertEquals(0.5 / Math.PI / 3, amplitudeAt(saw, RATE / 2, 7 * RATE / 2, 3 * upper), 0.005);
        // the organ's 5 1/3' drawbar: a partial a fifth above the note (1.5 f) as loud as the note
        float[] organ = note(Timbre.ORGAN, 200);
        assertEquals(1.0, amplitudeAt(organ, 1000, 5000, 300) / amplitudeAt(organ, 1000, 5000, 200), 0.05);
        // FM 1:2 has odd harmonics only
        float[] odd = note(Timbre.FM_ODD, 200);
        assertTrue(amplitudeAt(odd, 4000, 8000, 600) > 0.02);
        assertTrue(amplitudeAt(odd, 4000, 8000, 400) < 1e-3);
    }

    @Test
    void aNoteOutsideTheBufferIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Timbre.SINE.addNote(new float[10], 5, 11, 100, 1, RATE));
    }
}
