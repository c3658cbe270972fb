package io.segue.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SmallHelpersTest {

    @Test
    void frameRingKeepsTheLastFramesAndReadsZeroElsewhere() {
        FrameRing ring = new FrameRing(3);
        assertEquals(0, ring.push(1));
        ring.push(2);
        ring.push(3);
        assertEquals(3, ring.push(4));
        assertEquals(4, ring.at(3));
        assertEquals(2, ring.at(1));
        assertEquals(0, ring.at(0), "no longer kept");
        assertEquals(0, ring.at(4), "not pushed yet");
        assertEquals(0, ring.at(-1));
        ring.clear();
        assertEquals(0, ring.push(9));
        assertEquals(0, ring.at(1));
        assertThrows(IllegalArgumentException.class, () -> new FrameRing(0));
    }

    @Test
    void smoothedLevelReachesOneMinusOneOverEAfterOneTimeConstant() {
        SmoothedLevel level = new SmoothedLevel(1.0, 100);
        for (int i = 0; i < 100; i++) {
            level.add(1);
        }
        assertEquals(1 - Math.exp(-1), level.value(), 1e-12);
        level.reset();
        assertEquals(0, level.value());
    }

    @Test
    void parabolicOffsetAndClamp() {
        // y = -(x - 0.25)^2 at x = -1, 0, 1
        assertEquals(0.25, Peaks.parabolicOffset(-1.5625, -0.0625, -0.5625), 1e-12);
        assertEquals(0, Peaks.parabolicOffset(1, 0, 1), "not concave");
        assertEquals(0.5, Peaks.parabolicOffset(0, 1, 1), 1e-12, "flat top on the right");
        assertEquals(0, Clamp.unit(-2));
        assertEquals(1, Clamp.unit(3));
        assertEquals(0.25, Clamp.unit(0.25));
    }
}
