package io.segue.extractors.internal.key;

/**
 * Key profiles: the expected weight of each of the 12 pitch classes above the tonic (index 0 = tonic) in a major
 * and a minor key, and the templates built from them.
 */
final class KeyProfiles {

    /** Krumhansl and Kessler (1982), probe-tone ratings, major. */
    static final double[] KRUMHANSL_MAJOR = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88};

    /** Krumhansl and Kessler (1982), probe-tone ratings, minor. */
    static final double[] KRUMHANSL_MINOR = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17};

    private KeyProfiles() {
    }

    /**
     * The chroma a key's music is expected to produce when every note sounds with harmonics: for each pitch class
     * {@code i} of the profile, harmonic {@code h = 1 .. harmonics} at relative amplitude {@code slope^(h-1)} adds
     * {@code profile[i] * slope^(h-1)} to pitch class {@code i + round(12 log2 h)} (h = 3 on the fifth, 5 on the
     * major third). {@code harmonics = 1} gives the profile itself.
     */
    static double[] harmonicTemplate(double[] profile, int harmonics, double slope) {
        double[] template = new double[12];
        for (int i = 0; i < 12; i++) {
            double amplitude = 1.0;
            for (int h = 1; h <= harmonics; h++) {
                int shift = (int) Math.round(12 * Math.log(h) / Math.log(2));
                template[(i + shift) % 12] += profile[i] * amplitude;
                amplitude *= slope;
            }
        }
        return template;
    }
}
