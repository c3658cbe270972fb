package io.segue.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameContinuityTest {

    @Test
    void onlyOneHopOnContinues() {
        FrameContinuity c = new FrameContinuity(2048, 512);
        assertFalse(c.next(1000), "the first frame starts the stream");
        assertEquals(2048, c.newSamples());
        assertTrue(c.next(1512));
        assertEquals(512, c.newSamples());
        assertFalse(c.next(2536), "one sample more than the hop: a gap");
        assertEquals(2048, c.newSamples(), "after a break the whole window counts as new");
        assertTrue(c.next(3048), "continues the frame after the gap");
        assertFalse(c.next(3048 + 511), "less than a hop: the position moved, a break");
        assertFalse(c.next(0), "back: a break");
        c.reset();
        assertFalse(c.next(512), "after reset the stream starts again");
    }

    @Test
    void aHopLongerThanTheWindowHasAWindowOfNewSamples() {
        FrameContinuity c = new FrameContinuity(256, 1024);
        c.next(0);
        assertTrue(c.next(1024));
        assertEquals(256, c.newSamples());
        assertThrows(IllegalArgumentException.class, () -> new FrameContinuity(0, 512));
    }
}
