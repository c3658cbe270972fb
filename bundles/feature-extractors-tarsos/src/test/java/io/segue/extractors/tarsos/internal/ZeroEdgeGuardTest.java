package io.segue.extractors.tarsos.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tarsos.dsp.pitch.McLeodPitchMethod;
import be.tarsos.dsp.pitch.PitchDetectionResult;
import be.tarsos.dsp.pitch.PitchDetector;
import org.junit.jupiter.api.Test;

class ZeroEdgeGuardTest {

    private static final int N = 256;

    /** Remembers the array it was given. */
    private static final class Recorder implements PitchDetector {
        float[] seen;

        @Override
        public PitchDetectionResult getPitch(float[] samples) {
            seen = samples;
            return new PitchDetectionResult();
        }
    }

    private final Recorder recorder = new Recorder();
    private final ZeroEdgeGuard guard = new ZeroEdgeGuard(recorder, N);

    @Test
    void windowsWithASampleAtEitherEdgePassThroughUntouched() {
        for (int position : new int[] {0, 1, N - 2, N - 1}) {
            float[] x = Tones.impulse(N, position, 0.5f);
            guard.getPitch(x);
            assertSame(x, recorder.seen, "sample at " + position);
        }
        float[] tone = Tones.sine(N, 1000, 22050, 0.5, 1.0);
        guard.getPitch(tone);
        assertSame(tone, recorder.seen);
    }

    @Test
    void zeroEdgedWindowsGetATinyLastSampleInACopy() {
        float[] x = Tones.impulse(N, N / 2, 0.5f);
        float[] original = x.clone();
        guard.getPitch(x);
        assertNotSame(x, recorder.seen);
        assertArrayEquals(original, x, "the caller's samples are not modified");
        float[] expected = original.clone();
        expected[N - 1] = ZeroEdgeGuard.EDGE_VALUE;
        assertArrayEquals(expected, recorder.seen);
        assertTrue(ZeroEdgeGuard.EDGE_VALUE * ZeroEdgeGuard.EDGE_VALUE >= Float.MIN_NORMAL);
    }

    @Test
    void guardedMcLeodSurvivesSilenceWithAssertionsEnabled() {
        assertTrue(McLeodPitchMethod.class.desiredAssertionStatus(), "surefire runs with -ea, so the test bites");
        ZeroEdgeGuard guarded = new ZeroEdgeGuard(new McLeodPitchMethod(22050, N), N);
        assertEquals(-1.0f, guarded.getPitch(new float[N]).getPitch());
        assertEquals(-1.0f, guarded.getPitch(Tones.impulse(N, N / 2, 1.0f)).getPitch());
    }
}
