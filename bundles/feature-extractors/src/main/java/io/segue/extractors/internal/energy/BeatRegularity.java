package io.segue.extractors.internal.energy;

/**
 * Running statistics of the intervals between beats, for danceability: how many beats, and the coefficient of
 * variation of their intervals, over everything since construction or {@link #reset()}. Bounded state (Welford's
 * running mean and sum of squared deviations), allocation-free.
 *
 * <p>A beat after {@link #breakSequence()} starts a new sequence: no interval is taken across the break (a gap in the
 * stream), the statistics so far are kept.
 */
public final class BeatRegularity {

    private double lastBeatSeconds = Double.NaN;
    private long beats;
    private long intervals;
    private double mean;
    private double squares;

    /** Takes the next beat, at stream time {@code seconds}; a beat not after the previous one is ignored. */
    public void beat(double seconds) {
        if (!Double.isNaN(lastBeatSeconds)) {
            if (!(seconds > lastBeatSeconds)) {
                return;
            }
            double interval = seconds - lastBeatSeconds;
            intervals++;
            double delta = interval - mean;
            mean += delta / intervals;
            squares += delta * (interval - mean);
        }
        lastBeatSeconds = seconds;
        beats++;
    }

    /** The next beat follows a break in the stream: no interval to the previous one. */
    public void breakSequence() {
        lastBeatSeconds = Double.NaN;
    }

    /** Beats so far. */
    public long beats() {
        return beats;
    }

    /** Intervals so far (beats less one per sequence). */
    public long intervals() {
        return intervals;
    }

    /** Mean interval in seconds, NaN without intervals. */
    public double meanSeconds() {
        return intervals == 0 ? Double.NaN : mean;
    }

    /**
     * Standard deviation over mean of the intervals so far (population deviation), NaN with fewer than two
     * intervals.
     */
    public double coefficientOfVariation() {
        return intervals < 2 ? Double.NaN : Math.sqrt(squares / intervals) / mean;
    }

    /** Forgets every beat. */
    public void reset() {
        lastBeatSeconds = Double.NaN;
        beats = 0;
        intervals = 0;
        mean = 0;
        squares = 0;
    }
}
