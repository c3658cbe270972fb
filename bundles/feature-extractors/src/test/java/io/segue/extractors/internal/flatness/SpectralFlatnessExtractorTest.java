package io.segue.extractors.internal.flatness;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.extractors.internal.ProcessorRun;
import io.segue.extractors.internal.Signals;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpectralFlatnessExtractorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();
    private static final double RATE = DEFAULT_FORMAT.sampleRateHz();
    private static final double BIN_HZ = RATE / N;

    /** exp(-Euler's gamma): GM / AM of exponentially distributed powers, those of the bins of white noise. */
    private static final double WHITE_NOISE_FLATNESS = Math.exp(-0.5772156649015329);

    private final ProcessorRun run = new ProcessorRun(new SpectralFlatnessExtractor(), DEFAULT_FORMAT);

    @Test
    void silenceIsOneEveryBinBeingAtTheFloor() {
        assertEquals(1.0f, run.value(0, new float[N]));
        assertEquals(1.0f, run.value(1, Signals.impulse(N, 0, 1f)));
    }

    @Test
    void anImpulseHasAFlatSpectrum() {
        assertEquals(1.0, run.value(0, Signals.impulse(N, N / 4, 0.5f)), 1e-5);
        assertEquals(1.0, run.value(1, Signals.impulse(N, 1000, 1e-3f)), 1e-5);
    }

    @Test
    void aSineOnABinIsAlmostAllFloor() {
        // its three bins read N/8, N/4, N/8; the 1022 others are below the floor 1e-10 (the float rounding of the
        // samples leaves them near 1e-6): GM = exp((ln (N/8)^2 + ln (N/4)^2 + ln (N/8)^2 + 1022 ln 1e-10) / 1025)
        double lobe = 2 * Math.log(N / 8.0) + 2 * Math.log(N / 4.0) + 2 * Math.log(N / 8.0);
        double gm = Math.exp((lobe + 1022 * Math.log(1e-10)) / 1025);
        double am = (2 * Math.pow(N / 8.0, 2) + Math.pow(N / 4.0, 2) + 1022 * 1e-10) / 1025;
        float value = run.value(0, Signals.sine(N, 100 * BIN_HZ, RATE, 1.0));
        assertEquals(gm / am, value, 0.1 * gm / am);
        assertTrue(value < 1e-9, "tonal: " + value);
    }

    @Test
    void whiteNoiseIsNearExpOfMinusEulersGamma() {
        double sum = 0;
        double worst = 0;
        int seeds = 8;
        for (long seed = 1; seed <= seeds; seed++) {
            double value = run.value(seed, Signals.whiteNoise(N, seed));
            sum += value;
            worst = Math.max(worst, Math.abs(value - WHITE_NOISE_FLATNESS));
        }
        double mean = sum / seeds;
        System.out.println(String.format(Locale.ROOT,
                "spectral-flatness: white noise mean %.4f over %d frames, expected exp(-gamma) = %.4f, worst off %.4f",
                mean, seeds, WHITE_NOISE_FLATNESS, worst));
        assertEquals(WHITE_NOISE_FLATNESS, mean, 0.02);
        assertTrue(worst < 0.05, "worst frame off by " + worst);
    }

    @Test
    void consecutiveFramesAreIndependent() {
        assertEquals(1.0, run.value(0, Signals.impulse(N, 7, 1f)), 1e-5);
        assertTrue(run.value(1, Signals.sine(N, 440, RATE, 1.0)) < 1e-3);
        assertEquals(1.0, run.value(2, Signals.impulse(N, 300, 1f)), 1e-5);
    }

    @Test
    void loudnessDoesNotChangeTheFlatnessOfNoise() {
        float[] noise = Signals.whiteNoise(N, 9);
        float[] quiet = new float[N];
        for (int i = 0; i < N; i++) {
            quiet[i] = noise[i] * 0.001f;
        }
        assertEquals(run.value(0, noise), run.value(1, quiet), 1e-4);
    }
}
