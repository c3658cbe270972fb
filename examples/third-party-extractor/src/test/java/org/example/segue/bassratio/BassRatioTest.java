package org.example.segue.bassratio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The computation alone, on spectra whose band energy is known. At Segue's default framing (22050 Hz, window 2048)
 * bin k is centred at k * 10.7666 Hz: the default 20..150 Hz band holds bins 2 (21.5 Hz) to 13 (140.0 Hz); bin 1
 * (10.8 Hz) and bin 14 (150.7 Hz) lie outside it.
 */
class BassRatioTest {

    private static final AnalysisFormat FORMAT = new AnalysisFormat(22050, 2048, 512);
    private static final double EXACT = 1e-9;

    private final BassRatio bassRatio = new BassRatio(FORMAT, BassRatioSettings.DEFAULTS);

    @Test
    void theShareOfSquaredMagnitudesInTheBand() {
        // 3 in the band (53.8 Hz), 4 outside (1076.7 Hz): energies 9 and 16
        bassRatio.add(Spectra.bins(FORMAT, new int[] {5, 100}, new float[] {3, 4}));
        assertEquals(9.0 / 25.0, bassRatio.ratio(), EXACT);
    }

    @Test
    void theBandsEdgesAreTheBinsCentredInsideIt() {
        bassRatio.add(Spectra.bins(FORMAT, new int[] {1, 2, 13, 14}, new float[] {1, 1, 1, 1}));
        assertEquals(0.5, bassRatio.ratio(), EXACT, "bins 2 and 13 in, 1 and 14 out");
    }

    @Test
    void aFlatSpectrumGivesTheBandsShareOfTheBins() {
        float[] flat = new float[FORMAT.spectrumSize()];
        Arrays.fill(flat, 0.5f);
        bassRatio.add(flat);
        assertEquals(12.0 / 1025.0, bassRatio.ratio(), EXACT, "12 of the 1025 bins are in 20..150 Hz");
    }

    @Test
    void aBassSineAndAMidSineOfEqualAmplitudeShareTheEnergyEvenly() {
        float[] samples = Spectra.sines(FORMAT, new double[] {60, 1000}, new double[] {0.4, 0.4});
        bassRatio.add(Spectra.hannMagnitudes(samples));
        assertEquals(0.5, bassRatio.ratio(), 0.01, "Hann leakage outside the main lobes is below 1 %");

        BassRatio another = new BassRatio(FORMAT, BassRatioSettings.DEFAULTS);
        another.add(Spectra.hannMagnitudes(Spectra.sines(FORMAT, new double[] {60, 1000}, new double[] {0.6, 0.2})));
        assertEquals(0.9, another.ratio(), 0.01, "amplitudes 3:1, energies 9:1");
    }

    @Test
    void silenceHasNoRatio() {
        bassRatio.add(new float[FORMAT.spectrumSize()]);
        assertTrue(Double.isNaN(bassRatio.ratio()));
        assertTrue(Double.isNaN(bassRatio.smoothedRatio()), "nothing heard yet");
    }

    @Test
    void aBandNarrowerThanABinHasNoRatio() {
        BassRatio narrow = new BassRatio(FORMAT, new BassRatioSettings(12, 20, 1));
        narrow.add(Spectra.bins(FORMAT, new int[] {1, 2}, new float[] {1, 1}));
        assertTrue(Double.isNaN(narrow.ratio()), "no bin is centred in 12..20 Hz");
        assertTrue(Double.isNaN(narrow.smoothedRatio()));
    }

    @Test
    void aSteadySpectrumIsItsOwnSmoothedRatioFromTheFirstFrame() {
        float[] spectrum = Spectra.bins(FORMAT, new int[] {5, 100}, new float[] {3, 4});
        for (int i = 0; i < 5; i++) {
            bassRatio.add(spectrum);
            assertEquals(9.0 / 25.0, bassRatio.smoothedRatio(), EXACT, "frame " + i);
        }
    }

    @Test
    void theSmoothedRatioWeighsFramesByAgeAndEnergy() {
        float[] allBass = Spectra.bins(FORMAT, new int[] {5}, new float[] {10}); // energy 100, all in the band
        float[] noBass = Spectra.bins(FORMAT, new int[] {100}, new float[] {1}); // energy 1, none in the band
        bassRatio.add(allBass);
        bassRatio.add(noBass);

        double a = 1 - Math.exp(-1 / (1.0 * 22050 / 512)); // the newest frame's weight at 1 s, 43.07 frames/s
        double band = a * (1 - a) * 100;
        double total = a * (1 - a) * 100 + a * 1;
        assertEquals(band / total, bassRatio.smoothedRatio(), 1e-6);
        assertEquals(0.0, bassRatio.ratio(), EXACT, "the frame alone has no bass");
    }

    @Test
    void silenceLeavesTheSmoothedRatioAsItWas() {
        bassRatio.add(Spectra.bins(FORMAT, new int[] {5, 100}, new float[] {3, 4}));
        bassRatio.add(new float[FORMAT.spectrumSize()]);
        assertEquals(9.0 / 25.0, bassRatio.smoothedRatio(), EXACT);
    }

    @Test
    void theSmoothedRatioFollowsAChangeWithinAFewTimeConstants() {
        float[] bassy = Spectra.bins(FORMAT, new int[] {5, 100}, new float[] {3, 1}); // 0.9
        float[] thin = Spectra.bins(FORMAT, new int[] {5, 100}, new float[] {1, 3}); // 0.1
        for (int i = 0; i < 200; i++) {
            bassRatio.add(bassy);
        }
        int frames = 0;
        while (bassRatio.smoothedRatio() > 0.1 + 0.8 * Math.exp(-1)) {
            bassRatio.add(thin);
            frames++;
        }
        // both spectra carry the same energy, so 63 % of the step takes about one time constant: 43 frames
        assertTrue(frames >= 38 && frames <= 48, "frames to cover 63 % of the step: " + frames);
    }

    @Test
    void resetForgetsEverything() {
        bassRatio.add(Spectra.bins(FORMAT, new int[] {5, 100}, new float[] {3, 4}));
        bassRatio.reset();
        assertTrue(Double.isNaN(bassRatio.ratio()));
        assertTrue(Double.isNaN(bassRatio.smoothedRatio()));
        bassRatio.add(Spectra.bins(FORMAT, new int[] {100}, new float[] {1}));
        assertEquals(0.0, bassRatio.smoothedRatio(), EXACT, "only the frame after the reset counts");
    }

    @Test
    void aNewBandRestartsTheSmoothingANewTimeConstantDoesNot() {
        float[] spectrum = Spectra.bins(FORMAT, new int[] {5, 30}, new float[] {1, 1}); // 53.8 Hz, 323 Hz
        bassRatio.add(spectrum);
        bassRatio.add(Spectra.bins(FORMAT, new int[] {100}, new float[] {1}));
        double before = bassRatio.smoothedRatio();

        bassRatio.configure(new BassRatioSettings(20, 150, 5));
        assertEquals(before, bassRatio.smoothedRatio(), EXACT, "same band: the averages stay");

        bassRatio.configure(new BassRatioSettings(20, 400, 5));
        assertTrue(Double.isNaN(bassRatio.smoothedRatio()), "another band: the old averages are dropped");
        bassRatio.add(spectrum);
        assertEquals(1.0, bassRatio.ratio(), EXACT, "both bins are in 20..400 Hz");
        assertEquals(1.0, bassRatio.smoothedRatio(), EXACT);
    }

    @Test
    void aSpectrumOfAnotherSizeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bassRatio.add(new float[513]));
        assertEquals("bass ratio: expected 1025 magnitudes (the format " + FORMAT + "), got 513", e.getMessage());
    }
}
