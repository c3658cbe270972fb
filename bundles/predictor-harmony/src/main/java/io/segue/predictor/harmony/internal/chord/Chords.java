package io.segue.predictor.harmony.internal.chord;

/**
 * The 24 major and minor triads as numbers, laid out as {@code io.segue.api.feature.MusicalKey} lays out keys:
 * 0..11 are the major triads on roots C, C♯/D♭, … B, 12..23 the minor triads on the same roots. A prediction's value
 * is this index; its label the chord's name ({@code "F"}, {@code "Am"}, {@code "F#m"}, {@code "Bb"}), spelled as DJ
 * software spells the key of the same tonic.
 */
public final class Chords {

    /** Chords in the vocabulary. */
    public static final int COUNT = 24;

    /** Pitch classes, C first. */
    public static final int PITCH_CLASSES = 12;

    private static final String[] MAJOR = {"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
    private static final String[] MINOR = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"};

    private Chords() {
    }

    /** The chord on root pitch class {@code root} (any integer, taken modulo 12). */
    public static int of(int root, boolean minor) {
        return Math.floorMod(root, PITCH_CLASSES) + (minor ? PITCH_CLASSES : 0);
    }

    public static int root(int chord) {
        return chord % PITCH_CLASSES;
    }

    public static boolean isMinor(int chord) {
        return chord >= PITCH_CLASSES;
    }

    /** "C", "Am", "F#m", "Bb". */
    public static String label(int chord) {
        if (chord < 0 || chord >= COUNT) {
            throw new IllegalArgumentException("chord index must be in 0..23, was " + chord);
        }
        return isMinor(chord) ? MINOR[root(chord)] + "m" : MAJOR[root(chord)];
    }

    /** The index of a label written as {@link #label} writes it; -1 for anything else. */
    public static int parse(String label) {
        for (int c = 0; c < COUNT; c++) {
            if (label(c).equals(label)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The chord as seen from a key's tonic: its root's interval above the tonic (0..11), plus 12 when minor. The
     * transition model counts in these terms, so that what it learns in one key holds in every key.
     */
    public static int relative(int chord, int tonic) {
        return of(root(chord) - tonic, isMinor(chord));
    }

    /** The inverse of {@link #relative}. */
    public static int absolute(int relativeChord, int tonic) {
        return of(root(relativeChord) + tonic, isMinor(relativeChord));
    }
}
