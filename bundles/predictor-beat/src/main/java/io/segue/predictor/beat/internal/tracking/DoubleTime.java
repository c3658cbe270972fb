package io.segue.predictor.beat.internal.tracking;

/**
 * Whether a slow beat is really half the beat: onsets on the odd thirty-second notes of a beat of at most
 * {@value #MAX_SLOW_BPM} BPM are sixteenth notes of a beat twice as fast, and a pattern that places onsets there is
 * at the faster tempo. The tempo extractor's octave rule cannot tell half-time at 140 with eighth hats from a pattern
 * at 70 with sixteenth hats (the kick, snare and hats coincide); a syncopated kick or hat on a sixteenth of 140 can,
 * since dance music at 70 does not play thirty-second notes. Plain Java, no allocation after construction; one caller
 * at a time.
 *
 * <p>An onset counts as on an odd thirty-second when its phase in the beat is within {@value #TOLERANCE_32NDS} of a
 * thirty-second from {@code 1/8, 3/8, 5/8} or {@code 7/8} of a beat. The beat is doubled once
 * {@value #MIN_ODD_ONSETS} such onsets fell within {@value #WINDOW_SECONDS} s and they carry at least
 * {@value #MIN_ODD_SHARE} of the strength of all onsets of that time.
 */
public final class DoubleTime {

    public static final double MAX_SLOW_BPM = 90;
    public static final double TOLERANCE_32NDS = 0.2;
    public static final int MIN_ODD_ONSETS = 2;
    public static final double WINDOW_SECONDS = 8;
    public static final double MIN_ODD_SHARE = 0.03;

    private final double[] oddTimes = new double[MIN_ODD_ONSETS];
    private int oddCount;
    private double oddWeight;
    private double allWeight;
    private double lastSeconds = Double.NaN;
    private boolean doubled;

    /** Takes an onset at {@code seconds} of strength {@code weight}, placed on {@code grid}. */
    public void onset(double seconds, double weight, BeatGrid grid) {
        if (doubled || !grid.locked() || !(weight > 0) || !Double.isFinite(seconds)) {
            return;
        }
        double period = grid.periodSeconds();
        if (60 / period > MAX_SLOW_BPM) {
            return;
        }
        if (!Double.isNaN(lastSeconds)) {
            double decay = Math.exp(-Math.max(0, seconds - lastSeconds) / WINDOW_SECONDS);
            oddWeight *= decay;
            allWeight *= decay;
        }
        lastSeconds = seconds;
        allWeight += weight;
        double beat = grid.nextBeatAfter(seconds - period);
        double thirtySeconds = 8 * (seconds - beat) / period;
        long nearest = Math.round(thirtySeconds);
        if (nearest % 2 == 1 && Math.abs(thirtySeconds - nearest) <= TOLERANCE_32NDS) {
            oddWeight += weight;
            oddTimes[oddCount % MIN_ODD_ONSETS] = seconds;
            oddCount++;
            double oldest = oddTimes[oddCount % MIN_ODD_ONSETS];
            doubled = oddCount >= MIN_ODD_ONSETS && seconds - oldest <= WINDOW_SECONDS
                    && oddWeight >= MIN_ODD_SHARE * allWeight;
        }
    }

    /** Whether the grid's beat is half the true beat. */
    public boolean doubled() {
        return doubled;
    }

    /** Forgets everything (a new tempo, a new track). */
    public void reset() {
        oddCount = 0;
        oddWeight = 0;
        allWeight = 0;
        lastSeconds = Double.NaN;
        doubled = false;
    }
}
