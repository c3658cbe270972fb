package io.segue.predictor.sections.internal.tracker;

/**
 * How the section tracker judges the stream.
 *
 * @param phraseBars        bars in a phrase: a drop is expected at the end of one, counted from the breakdown's
 *                          start
 * @param breakdownFallDb   how far the momentary loudness must fall below the groove's level, in dB, for a
 *                          breakdown
 * @param dropMarginDb      how close to the groove's level the momentary loudness must come back, in dB, for a drop
 * @param buildupOctaves    how far the mean spectral centroid of a bar must rise above the breakdown's, in
 *                          octaves, for a build-up (a louder bar or twice the onsets count too)
 */
public record SectionSettings(int phraseBars, double breakdownFallDb, double dropMarginDb, double buildupOctaves) {

    public static final SectionSettings DEFAULTS = new SectionSettings(8, 6, 3, 0.3);

    public SectionSettings {
        if (phraseBars < 2 || phraseBars > 64) {
            throw new IllegalArgumentException("phraseBars must be in 2..64, was " + phraseBars);
        }
        if (!(breakdownFallDb >= 2 && breakdownFallDb <= 40)) {
            throw new IllegalArgumentException("breakdownFallDb must be in 2..40, was " + breakdownFallDb);
        }
        if (!(dropMarginDb >= 0.5 && dropMarginDb <= breakdownFallDb)) {
            throw new IllegalArgumentException(
                    "dropMarginDb must be in 0.5..breakdownFallDb (" + breakdownFallDb + "), was " + dropMarginDb);
        }
        if (!(buildupOctaves >= 0.05 && buildupOctaves <= 4)) {
            throw new IllegalArgumentException("buildupOctaves must be in 0.05..4, was " + buildupOctaves);
        }
    }
}
