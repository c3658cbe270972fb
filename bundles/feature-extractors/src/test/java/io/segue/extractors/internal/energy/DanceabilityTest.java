package io.segue.extractors.internal.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.extractors.internal.tempo.BeatIntervals;
import org.junit.jupiter.api.Test;

class DanceabilityTest {

    @Test
    void zeroBeforeEightBeatsAndBeatsWithoutADeviationDoNotCount() {
        Danceability d = new Danceability();
        d.beat(Double.NaN, 1.0);
        for (int i = 0; i < 7; i++) {
            d.beat(0, 1.0);
        }
        assertEquals(0.0, d.value(), "7 beats");
        d.beat(0, 1.0);
        assertEquals(1.0, d.value(), 1e-12, "8 beats");
        d.reset();
        assertEquals(0, d.beats());
    }

    @Test
    void regularityTimesPulse() {
        // D 0.025: regularity 1 - 0.025 / 0.05 = 0.5; confidence 0.3: pulse 0.5
        assertEquals(0.25, Danceability.score(0.025, 0.3), 1e-12);
        assertEquals(0.5, Danceability.score(0.025, 0.9), 1e-12, "pulse clamped at 1");
        assertEquals(0.0, Danceability.score(0.2, 1.0), "regularity clamped at 0");
        assertEquals(0.0, Danceability.score(0, 0.0), "no tempo");
    }

    @Test
    void theMeanOverBeatsDescribesTheWholeStream() {
        Danceability d = new Danceability();
        for (int i = 0; i < 30; i++) {
            d.beat(0, 1.0);
        }
        for (int i = 0; i < 10; i++) {
            d.beat(0.05, 1.0);
        }
        assertEquals(30.0 / 40, d.value(), 1e-12);
    }

    /** The beats' intervals, each judged against its period, through the same window the tracker keeps. */
    private static double danceability(double[] intervals, double[] periods) {
        BeatIntervals window = new BeatIntervals();
        Danceability d = new Danceability();
        for (int i = 0; i < intervals.length; i++) {
            window.add(intervals[i], periods[i]);
            d.beat(window.deviation(), 1.0);
        }
        return d.value();
    }

    @Test
    void aTempoChangeIsNoIrregularityAndOneOddIntervalBarelyCounts() {
        int n = 101;
        double[] intervals = new double[n];
        double[] periods = new double[n];
        for (int i = 0; i < n; i++) {
            periods[i] = i < 50 ? 0.48 : 0.6;
            intervals[i] = periods[i];
        }
        assertEquals(1.0, danceability(intervals, periods), 1e-12, "125 then 100 BPM");
        intervals[60] = 1.5 * periods[60];
        // the reviewer's case: 100 regular beats and one interval of 1.5 beats halved the old running CV score
        assertEquals(1.0, danceability(intervals, periods), 0.02, "one interval of 1.5 beats");
    }
}
