package io.segue.extractors.internal.tempo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TempoEstimatorTest {

    private static final double FPS = 100; // 10 ms frames: beat periods in whole frames are easy to state

    /** Pushes {@code seconds} of an envelope whose value at frame f is given, updating every 20 frames. */
    private static TempoEstimator feed(TempoEstimator estimator, double seconds, Envelope envelope) {
        for (int f = 0; f < seconds * FPS; f++) {
            estimator.push(envelope.full(f), envelope.low(f));
            if (f % 20 == 19) {
                estimator.update();
            }
        }
        return estimator;
    }

    private interface Envelope {
        double full(int f);

        double low(int f);
    }

    private static Envelope pulses(int period, double lowShare) {
        return new Envelope() {
            @Override
            public double full(int f) {
                return f % period == 0 ? 1 : 0;
            }

            @Override
            public double low(int f) {
                return f % period == 0 ? lowShare : 0;
            }
        };
    }

    @Test
    void aPulseTrainHasItsRate() {
        // a pulse every 50 frames = every 0.5 s = 120 BPM; its autocorrelation is 1 at every multiple
        TempoEstimator estimator = feed(new TempoEstimator(FPS, 70, 180, 6), 10, pulses(50, 1));
        assertEquals(120, estimator.bpm(), 120 * 0.01);
        assertEquals(120, estimator.fileBpm(), 120 * 0.01);
        // 1 at the exact period; the 0.25 % tempo grid puts 4 L up to half a frame off a one-frame spike, and the
        // linear interpolation then reads less
        assertTrue(estimator.confidence() > 0.85 && estimator.confidence() <= 1, "confidence " + estimator.confidence());
    }

    @Test
    void theFastestLevelCarriedByTheLowBandWins() {
        // pulses at 150 BPM (every 40 frames); 75 BPM repeats as well, but 150 has the same low-band support
        assertEquals(150, feed(new TempoEstimator(FPS, 70, 180, 6), 10, pulses(40, 1)).bpm(), 1.5);
        // full band at 150 BPM, low band only on every other pulse (75 BPM): the beat is the low band's
        Envelope kickEveryOther = new Envelope() {
            @Override
            public double full(int f) {
                return f % 40 == 0 ? 1 : 0;
            }

            @Override
            public double low(int f) {
                return f % 80 == 0 ? 1 : 0;
            }
        };
        assertEquals(75, feed(new TempoEstimator(FPS, 70, 180, 6), 10, kickEveryOther).bpm(), 0.75);
    }

    @Test
    void hatsFinerThanSixteenthsDoubleTheBeat() {
        // kick and snare every 80 frames (75 BPM), hats every 10 frames: thirty-seconds of 75 = sixteenths of 150
        Envelope halfTime = new Envelope() {
            @Override
            public double full(int f) {
                return f % 80 == 0 ? 1 : f % 10 == 0 ? 0.4 : 0;
            }

            @Override
            public double low(int f) {
                return f % 80 == 0 ? 1 : 0;
            }
        };
        assertEquals(150, feed(new TempoEstimator(FPS, 70, 180, 6), 10, halfTime).bpm(), 1.5);
        // the same with hats every 20 frames (sixteenths of 75): stays at 75
        Envelope boomBap = new Envelope() {
            @Override
            public double full(int f) {
                return f % 80 == 0 ? 1 : f % 20 == 0 ? 0.4 : 0;
            }

            @Override
            public double low(int f) {
                return f % 80 == 0 ? 1 : 0;
            }
        };
        assertEquals(75, feed(new TempoEstimator(FPS, 70, 180, 6), 10, boomBap).bpm(), 0.75);
    }

    @Test
    void noTempoWithoutAFullWindowOrEvidence() {
        TempoEstimator estimator = feed(new TempoEstimator(FPS, 70, 180, 6), 5.9, pulses(50, 1));
        assertTrue(Double.isNaN(estimator.bpm()) && estimator.confidence() == 0, "window not full");
        assertTrue(Double.isNaN(estimator.fileBpm()) && estimator.fileConfidence() == 0);
        TempoEstimator zero = feed(new TempoEstimator(FPS, 70, 180, 6), 10, pulses(50, 0.0001));
        assertTrue(!Double.isNaN(zero.bpm()));
        Random random = new Random(3);
        Envelope noise = new Envelope() {
            @Override
            public double full(int f) {
                return random.nextDouble();
            }

            @Override
            public double low(int f) {
                return random.nextDouble();
            }
        };
        TempoEstimator noisy = feed(new TempoEstimator(FPS, 70, 180, 6), 20, noise);
        assertTrue(Double.isNaN(noisy.bpm()) && Double.isNaN(noisy.fileBpm()), "noise has no tempo");
        Envelope floor = new Envelope() {
            @Override
            public double full(int f) {
                return f % 50 == 0 ? 0.05 : 0; // mean 0.001, below the strength floor
            }

            @Override
            public double low(int f) {
                return full(f);
            }
        };
        assertTrue(Double.isNaN(feed(new TempoEstimator(FPS, 70, 180, 6), 10, floor).bpm()));
    }

    @Test
    void aLongBeatlessIntroDoesNotHideTheSoFarTempo() {
        Random random = new Random(11);
        Envelope pulses = pulses(50, 1);
        int introFrames = (int) (60 * FPS);
        Envelope introThenPulses = new Envelope() {
            @Override
            public double full(int f) {
                return f < introFrames ? random.nextDouble() : pulses.full(f);
            }

            @Override
            public double low(int f) {
                return f < introFrames ? random.nextDouble() : pulses.low(f);
            }
        };
        TempoEstimator estimator = feed(new TempoEstimator(FPS, 70, 180, 6), 90, introThenPulses);
        // 60 s of noise (no window periodic) then 30 s of pulses at 120 BPM: the noise windows say nothing about
        // the tempo, so the so-far tempo is that of the pulses; its confidence is scaled by the periodic share
        assertEquals(120, estimator.fileBpm(), 1.2);
        double share = estimator.periodicShare();
        assertTrue(share > 0.2 && share < 0.35, "periodic share " + share);
        assertTrue(estimator.fileConfidence() <= share + 1e-9, "confidence " + estimator.fileConfidence());
    }

    @Test
    void clearWindowKeepsTheSoFarTempoAndResetForgetsIt() {
        TempoEstimator estimator = feed(new TempoEstimator(FPS, 70, 180, 6), 10, pulses(50, 1));
        estimator.clearWindow();
        assertTrue(Double.isNaN(estimator.bpm()));
        assertEquals(120, estimator.fileBpm(), 1.2);
        estimator.reset();
        assertTrue(Double.isNaN(estimator.fileBpm()));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TempoEstimator(FPS, 120, 120, 6));
        assertThrows(IllegalArgumentException.class, () -> new TempoEstimator(FPS, 70, 180, 2));
        assertThrows(IllegalArgumentException.class, () -> new TempoEstimator(0, 70, 180, 6));
        assertThrows(IllegalArgumentException.class, () -> new TempoEstimator(5, 70, 180, 6));
    }
}
