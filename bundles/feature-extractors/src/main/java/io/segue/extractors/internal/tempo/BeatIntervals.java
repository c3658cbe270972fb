package io.segue.extractors.internal.tempo;

/**
 * How far the recent beat intervals are from the beat period they were meant to have: the median of
 * {@code |interval / period - 1|} over the last {@value #CAPACITY} intervals. Plain Java, allocation-free, bounded.
 *
 * <p>Each interval is judged against the period in force when it was measured, so a tempo change does not count as
 * irregularity; the median ignores a few odd intervals (a missed beat, a fill) but not a pulse that wanders.
 */
public final class BeatIntervals {

    /** Intervals kept. */
    public static final int CAPACITY = 16;

    /** Intervals needed before {@link #deviation()} is defined. */
    public static final int MIN_INTERVALS = 4;

    private final double[] deviations = new double[CAPACITY];
    private final double[] sorted = new double[CAPACITY];
    private int count;
    private int head;

    /** Takes an interval and the beat period it was meant to have, in the same unit; ignored unless both are > 0. */
    public void add(double interval, double period) {
        if (!(interval > 0 && period > 0)) {
            return;
        }
        deviations[(head + count) % CAPACITY] = Math.abs(interval / period - 1);
        if (count < CAPACITY) {
            count++;
        } else {
            head = (head + 1) % CAPACITY;
        }
    }

    /** Intervals held, at most {@value #CAPACITY}. */
    public int count() {
        return count;
    }

    /**
     * The median relative deviation of the intervals held ({@code 0} = every beat exactly one period after the last);
     * NaN with fewer than {@value #MIN_INTERVALS}.
     */
    public double deviation() {
        if (count < MIN_INTERVALS) {
            return Double.NaN;
        }
        for (int i = 0; i < count; i++) {
            double v = deviations[(head + i) % CAPACITY];
            int j = i;
            for (; j > 0 && sorted[j - 1] > v; j--) {
                sorted[j] = sorted[j - 1];
            }
            sorted[j] = v;
        }
        int mid = count / 2;
        return count % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
    }

    /** Forgets every interval. */
    public void clear() {
        count = 0;
        head = 0;
    }
}
