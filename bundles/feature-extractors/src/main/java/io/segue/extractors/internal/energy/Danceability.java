package io.segue.extractors.internal.energy;

import io.segue.extractors.internal.Clamp;

/**
 * Danceability so far, 0..1: a steady, strong pulse through the stream. Plain Java, bounded state, allocation-free.
 *
 * <p>Definition. At each beat the tempo extractor reports, with {@code D} the median relative deviation of the recent
 * beat intervals from the beat period in force ({@link io.segue.extractors.internal.tempo.BeatTracker#beatDeviation()},
 * over the last 16 intervals) and {@code c} the current tempo confidence (the mean correlation of the onset envelope
 * with itself one to four beats later, 0..1):
 * <ul>
 * <li>{@code regularity = clamp(1 - D / }{@value #DEVIATION_LIMIT}{@code )}: a drum machine's beats are off the period
 * by a percent or so (the frame grid); at {@value #DEVIATION_LIMIT} the beats no longer make a pulse;</li>
 * <li>{@code pulse = clamp(c / }{@value #FULL_CONFIDENCE}{@code )}: a confidence of {@value #FULL_CONFIDENCE} and more
 * is a full pulse;</li>
 * <li>the beat's score is {@code regularity * pulse}; a beat while {@code D} is not yet defined (fewer than four
 * measured intervals) does not count.</li>
 * </ul>
 * {@code danceability} = the mean score over the beats that counted, 0 before {@value #MIN_BEATS} beats (two bars: too
 * little to judge) and without beats (silence, noise, no tempo). The windowed deviation follows a tempo change and
 * shrugs off an odd interval; the mean over beats describes the whole stream.
 */
public final class Danceability {

    /** Beats needed before danceability is other than 0. */
    public static final int MIN_BEATS = 8;

    /** Median relative deviation of the beat intervals at which regularity reaches 0. */
    public static final double DEVIATION_LIMIT = 0.05;

    /** Tempo confidence at which the pulse is full. */
    public static final double FULL_CONFIDENCE = 0.6;

    private double sum;
    private long beats;

    /**
     * Takes a beat.
     *
     * @param deviation  the median relative deviation of the recent beat intervals, NaN when not yet defined
     * @param confidence the current tempo confidence, 0..1
     */
    public void beat(double deviation, double confidence) {
        if (Double.isNaN(deviation)) {
            return;
        }
        sum += score(deviation, confidence);
        beats++;
    }

    /** The score of one beat: {@code regularity * pulse} (see the class comment). */
    public static double score(double deviation, double confidence) {
        return Clamp.unit(1 - deviation / DEVIATION_LIMIT) * Clamp.unit(confidence / FULL_CONFIDENCE);
    }

    /** Beats that counted so far. */
    public long beats() {
        return beats;
    }

    /** Danceability so far, 0..1. */
    public double value() {
        return beats < MIN_BEATS ? 0 : sum / beats;
    }

    /** Forgets every beat. */
    public void reset() {
        sum = 0;
        beats = 0;
    }
}
