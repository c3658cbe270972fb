package io.segue.extractors.internal.key;

import static io.segue.extractors.internal.TestFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.extractors.internal.HannSpectrum;
import io.segue.extractors.internal.Signals;
import io.segue.testing.Allocations;
import io.segue.testing.audio.ChordProgression;
import io.segue.testing.audio.Timbre;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeyEstimatorTest {

    private static final int N = DEFAULT_FORMAT.windowSize();

    @Test
    void oneHarmonicIsTheProfileItself() {
        assertArrayEquals(KeyProfiles.KRUMHANSL_MAJOR, KeyProfiles.harmonicTemplate(KeyProfiles.KRUMHANSL_MAJOR, 1,
                0.6), 1e-12);
    }

    @Test
    void harmonicsFallOnOctavesFifthsAndThirds() {
        double[] tonicOnly = new double[12];
        tonicOnly[0] = 1.0;
        double[] template = KeyProfiles.harmonicTemplate(tonicOnly, 5, 0.5);
        // h = 1, 2, 4 on the tonic (1 + 0.5 + 0.125), h = 3 on the fifth (0.25), h = 5 on the major third (0.0625)
        assertEquals(1.625, template[0], 1e-12);
        assertEquals(0.25, template[7], 1e-12);
        assertEquals(0.0625, template[4], 1e-12);
        assertEquals(1.9375, java.util.Arrays.stream(template).sum(), 1e-12);
    }

    @Test
    void contrastIsTheRangeOverTheMaximum() {
        assertEquals(0.75, KeyEstimator.contrast(new double[] {4, 1, 2, 3}), 1e-12);
        assertEquals(0.0, KeyEstimator.contrast(new double[] {0, 0}), 1e-12);
    }

    @Test
    void pitchClassesCountsEqualPitchClasses() {
        double[] one = new double[12];
        one[3] = 2.0;
        assertEquals(1.0, KeyEstimator.pitchClasses(one), 1e-12);
        double[] triad = new double[12];
        triad[0] = 1.0;
        triad[4] = 1.0;
        triad[7] = 1.0;
        assertEquals(3.0, KeyEstimator.pitchClasses(triad), 1e-12);
        double[] flat = new double[12];
        Arrays.fill(flat, 0.5);
        assertEquals(12.0, KeyEstimator.pitchClasses(flat), 1e-12);
        assertEquals(0.0, KeyEstimator.pitchClasses(new double[12]), 1e-12);
    }

    @Test
    void aSustainedSingleNoteHasNoKey() {
        // one pitch class (a pitched drum, a kick's tail, a held bass note) is no key whatever its contrast
        KeyEstimator estimator = new KeyEstimator(DEFAULT_FORMAT, 2);
        float[] signal = Signals.sine(4 * 22050, 220, 22050, 0.5);
        for (int start = 0; start + N <= signal.length; start += 512) {
            float[] samples = Arrays.copyOfRange(signal, start, start + N);
            estimator.process(samples, HannSpectrum.magnitudes(samples));
        }
        assertEquals(1.0, KeyEstimator.pitchClasses(estimator.fileSum()), 0.01);
        assertTrue(Float.isNaN(estimator.fileKey()));
        assertEquals(0f, estimator.fileStrength());
    }

    @Test
    void theWindowIsWholeSlotsOfAboutATenthOfASecond() {
        // 43.07 frames/s: slots of round(4.31) = 4 frames, ceil(8 s * 43.07 / 4) = 87 slots
        assertEquals(348, new KeyEstimator(DEFAULT_FORMAT, 8).windowFrames());
        // a key needs the frames of 8 s of audio: floor((176400 - 2048) / 512) + 1
        assertEquals(341, new KeyEstimator(DEFAULT_FORMAT, 8).requiredFrames());
        assertThrows(IllegalArgumentException.class, () -> new KeyEstimator(DEFAULT_FORMAT, 0));
    }

    @Test
    void theFirstKeyComesWithTheLastFrameOfTheWindowsDuration() {
        KeyEstimator estimator = new KeyEstimator(DEFAULT_FORMAT, 4);
        long windowFrames = estimator.requiredFrames();
        // floor((4 * 22050 - 2048) / 512) + 1
        assertEquals(169, windowFrames);
        float[] signal = ChordProgression.render(0, false, Timbre.SAW_PAD, 22050);
        for (int frame = 0; frame < windowFrames; frame++) {
            float[] samples = Arrays.copyOfRange(signal, frame * 512, frame * 512 + N);
            estimator.process(samples, HannSpectrum.magnitudes(samples));
            if (frame < windowFrames - 1) {
                assertTrue(Float.isNaN(estimator.windowKey()) && Float.isNaN(estimator.fileKey()), "frame " + frame);
                assertEquals(0f, estimator.fileStrength());
            }
        }
        assertEquals(0f, estimator.windowKey(), "C major");
        assertEquals(0f, estimator.fileKey());
        double[] scores = estimator.fileScores();
        assertEquals(estimator.fileStrength(), scores[0], 1e-6);
        for (int k = 1; k < 24; k++) {
            assertTrue(scores[k] < scores[0], "key " + k);
        }
    }

    @Test
    void processAllocatesNothing() {
        KeyEstimator estimator = new KeyEstimator(DEFAULT_FORMAT, 2);
        float[] samples = Signals.sine(N, 262, 22050, 0.5);
        float[] magnitudes = HannSpectrum.magnitudes(samples);
        assertEquals(0L, Allocations.leastBytesAllocatedBy(() -> estimator.process(samples, magnitudes), 500));
    }
}
