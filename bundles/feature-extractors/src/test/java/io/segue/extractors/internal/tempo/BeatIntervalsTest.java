package io.segue.extractors.internal.tempo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BeatIntervalsTest {

    @Test
    void medianRelativeDeviationOfTheLastSixteen() {
        BeatIntervals intervals = new BeatIntervals();
        intervals.add(0.5, 0.5);
        intervals.add(0.55, 0.5);
        intervals.add(0.6, 0.6);
        assertTrue(Double.isNaN(intervals.deviation()), "three intervals");
        intervals.add(0.4, 0.5);
        // deviations 0, 0.1, 0, 0.2: median (0 + 0.1) / 2
        assertEquals(0.05, intervals.deviation(), 1e-12);
        for (int i = 0; i < 16; i++) {
            intervals.add(0.63, 0.6);
        }
        assertEquals(16, intervals.count());
        assertEquals(0.05, intervals.deviation(), 1e-12, "only the last sixteen");
        intervals.add(0, 0.5);
        intervals.add(0.5, Double.NaN);
        assertEquals(0.05, intervals.deviation(), 1e-12, "nonsense is ignored");
        intervals.clear();
        assertEquals(0, intervals.count());
    }

    @Test
    void randomTimingDeviatesALot() {
        BeatIntervals intervals = new BeatIntervals();
        Random random = new Random(1);
        for (int i = 0; i < 16; i++) {
            intervals.add(0.5 * (1 + 0.3 * (2 * random.nextDouble() - 1)), 0.5);
        }
        // |uniform(-0.3, 0.3)| has median 0.15
        assertEquals(0.15, intervals.deviation(), 0.06);
    }
}
