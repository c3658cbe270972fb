package io.segue.extractors.internal.onset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OnsetDetectorTest {

    private static final double FPS = 22050.0 / 512;

    @Test
    void anIsolatedSymmetricPeakIsConfirmedOneFrameLaterAtItsFrame() {
        OnsetDetector detector = new OnsetDetector(FPS);
        for (int i = 0; i < 20; i++) {
            assertTrue(Double.isNaN(detector.push(0)));
        }
        assertTrue(Double.isNaN(detector.push(0.5)));
        assertTrue(Double.isNaN(detector.push(1.0)), "a peak needs the next frame to be confirmed");
        assertEquals(1.0, detector.push(0.5), 1e-12, "symmetric neighbours: the peak is exactly one frame back");
        assertTrue(Double.isNaN(detector.push(0)));
    }

    @Test
    void parabolaPlacesAnAsymmetricPeakBetweenFrames() {
        OnsetDetector detector = new OnsetDetector(FPS);
        for (int i = 0; i < 20; i++) {
            detector.push(0);
        }
        detector.push(0);
        detector.push(1.0);
        // neighbours 0 and 0.5: vertex at 0.5 * (0 - 0.5) / (0 - 2 + 0.5) = 1/6 frame after the peak frame
        assertEquals(1 - 1.0 / 6, detector.push(0.5), 1e-12);
    }

    @Test
    void aConstantOrSmallEnvelopeHasNoOnsets() {
        OnsetDetector detector = new OnsetDetector(FPS);
        for (int i = 0; i < 500; i++) {
            assertTrue(Double.isNaN(detector.push(0.3)));
        }
        OnsetDetector quiet = new OnsetDetector(FPS);
        for (int i = 0; i < 500; i++) {
            // peaks of 0.01 never clear the absolute margin of 0.02
            assertTrue(Double.isNaN(quiet.push(i % 10 == 0 ? 0.01 : 0)));
        }
    }

    @Test
    void onsetsCloserThanTheMinimumIntervalAreDropped() {
        OnsetDetector detector = new OnsetDetector(1000); // 1 ms frames: 30 ms = 30 frames
        int onsets = 0;
        for (int i = 0; i < 400; i++) {
            boolean spike = i >= 100 && i % 10 == 0; // every 10 ms from 100 ms
            if (!Double.isNaN(detector.push(spike ? 1 : 0))) {
                onsets++;
            }
        }
        // spikes at 100, 110, ... 390: the accepted ones are 30 ms apart at best; the adaptive threshold may drop
        // more, never keep more
        assertTrue(onsets >= 1 && onsets <= 10, "onsets " + onsets);
    }

    @Test
    void onsetRateCountsTheLastTenSeconds() {
        OnsetDetector detector = new OnsetDetector(100); // 10 ms frames
        for (int i = 0; i < 2000; i++) { // 20 s, a spike every 0.5 s
            detector.push(i % 50 == 25 ? 1 : 0);
        }
        assertEquals(2.0, detector.onsetRate(), 0.1 + 1e-9);
        detector.reset();
        assertEquals(0.0, detector.onsetRate());
    }
}
