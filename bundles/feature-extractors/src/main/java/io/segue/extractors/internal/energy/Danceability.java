package io.segue.extractors.internal.energy;

/**
 * Danceability so far, 0..1: a steady, strong pulse. Plain Java, stateless.
 *
 * <p>Definition, from the beats found so far ({@link BeatRegularity}) and the tempo's "so far" confidence {@code c}
 * (the mean correlation of the onset envelope with itself one to four beats later, 0..1):
 * <ul>
 * <li>0 with fewer than {@value #MIN_BEATS} beats (two bars: too little to judge), or when {@code c} is 0 (no
 * tempo: silence, noise);</li>
 * <li>{@code regularity = clamp(1 - CV / }{@value #CV_LIMIT}{@code )}, {@code CV} the coefficient of variation of the
 * intervals between consecutive beats (a drum machine's beats vary by a few percent at most, through the frame
 * grid; at {@value #CV_LIMIT} the beats no longer make a pulse);</li>
 * <li>{@code pulse = clamp(c / }{@value #FULL_CONFIDENCE}{@code )}: a tempo confidence of
 * {@value #FULL_CONFIDENCE} and more is a full pulse;</li>
 * <li>{@code danceability = regularity * pulse}.</li>
 * </ul>
 */
public final class Danceability {

    /** Beats needed before danceability is other than 0. */
    public static final int MIN_BEATS = 8;

    /** Coefficient of variation of the beat intervals at which regularity reaches 0. */
    public static final double CV_LIMIT = 0.1;

    /** Tempo confidence at which the pulse is full. */
    public static final double FULL_CONFIDENCE = 0.6;

    private Danceability() {
    }

    /** Danceability of the beats so far with tempo confidence {@code confidence}, 0..1. */
    public static double of(BeatRegularity beats, double confidence) {
        if (beats.beats() < MIN_BEATS || !(confidence > 0) || beats.intervals() < 2) {
            return 0;
        }
        double regularity = clamp(1 - beats.coefficientOfVariation() / CV_LIMIT);
        double pulse = clamp(confidence / FULL_CONFIDENCE);
        return regularity * pulse;
    }

    private static double clamp(double x) {
        return Math.min(1, Math.max(0, x));
    }
}
