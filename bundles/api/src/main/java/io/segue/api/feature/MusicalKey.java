package io.segue.api.feature;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 24 major and minor keys, with the names DJs use: "A minor", Camelot "8A", Open Key "1m".
 *
 * <p>As a feature value a key is its {@link #index()}: 0..11 are the major keys on tonics C, C♯/D♭, … B, 12..23
 * the minor keys on the same tonics. NaN means "no key" (silence, noise, no tonal evidence).
 *
 * <p>An enum among the API's interfaces and records: the 24 keys are a closed set that every bundle must name
 * alike (extractors, the library, the recommender's Camelot moves), and its methods only derive names from it.
 */
public enum MusicalKey {
    C_MAJOR, D_FLAT_MAJOR, D_MAJOR, E_FLAT_MAJOR, E_MAJOR, F_MAJOR, F_SHARP_MAJOR, G_MAJOR, A_FLAT_MAJOR, A_MAJOR,
    B_FLAT_MAJOR, B_MAJOR,
    C_MINOR, C_SHARP_MINOR, D_MINOR, E_FLAT_MINOR, E_MINOR, F_MINOR, F_SHARP_MINOR, G_MINOR, G_SHARP_MINOR, A_MINOR,
    B_FLAT_MINOR, B_MINOR;

    private static final MusicalKey[] KEYS = values();
    /** Camelot "8A"/"8B" or Open Key "1m"/"1d". */
    private static final Pattern WHEEL = Pattern.compile("(?i)0?(1[0-2]|[1-9])\\s*([ABmd])");
    /** A tonic with an optional accidental and mode: "F#m", "Bb major", "a". */
    private static final Pattern NAMED =
            Pattern.compile("([A-Ga-g])([#b]?)\\s*(m|min|minor|maj|major|M)?", Pattern.CASE_INSENSITIVE);
    private static final String[] MAJOR_TONICS = {"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
    private static final String[] MINOR_TONICS = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"};

    /** The key of feature value {@code index} (0..23). */
    public static MusicalKey ofIndex(int index) {
        if (index < 0 || index >= KEYS.length) {
            throw new IllegalArgumentException("key index must be in 0..23, was " + index);
        }
        return KEYS[index];
    }

    /**
     * The key a feature value names, or {@code null} for "no key": NaN, and anything that is not a whole number in
     * 0..23 (an extractor of another bundle may write anything).
     */
    public static MusicalKey ofFeatureValue(double value) {
        return value >= 0 && value <= 23 && value == Math.rint(value) ? KEYS[(int) value] : null;
    }

    /** The key of tonic pitch class {@code tonic} (0 = C … 11 = B) and mode. */
    public static MusicalKey of(int tonic, boolean minor) {
        return ofIndex(Math.floorMod(tonic, 12) + (minor ? 12 : 0));
    }

    /**
     * Reads a key in the notations DJs and tags use: "A minor", "Am", "A min", "a" (lower case: minor, as some tag
     * writers do), "C major", "C", "Cmaj", "F#m", "Gb", "Bbm" (♯ and ♭ too), Camelot "8A" (or "08A"), Open Key
     * "1m".
     *
     * @throws IllegalArgumentException when the text is none of these; the message shows the forms
     */
    public static MusicalKey parse(String text) {
        String t = text == null ? "" : text.strip().replace('♯', '#').replace('♭', 'b');
        Matcher wheel = WHEEL.matcher(t);
        if (wheel.matches()) {
            int number = Integer.parseInt(wheel.group(1));
            char letter = wheel.group(2).charAt(0);
            boolean camelot = Character.toUpperCase(letter) == 'A' || Character.toUpperCase(letter) == 'B';
            boolean minor = camelot ? Character.toUpperCase(letter) == 'A' : letter == 'm' || letter == 'M';
            int camelotNumber = camelot ? number : Math.floorMod(number + 6, 12) + 1;
            for (MusicalKey key : KEYS) {
                if (key.isMinor() == minor && key.camelotNumber() == camelotNumber) {
                    return key;
                }
            }
        }
        Matcher named = NAMED.matcher(t);
        if (named.matches()) {
            String mode = named.group(3) == null ? "" : named.group(3);
            boolean minor = mode.equals("m") || mode.equalsIgnoreCase("min") || mode.equalsIgnoreCase("minor")
                    || mode.isEmpty() && Character.isLowerCase(named.group(1).charAt(0));
            int tonic = "C D EF G A B".indexOf(Character.toUpperCase(named.group(1).charAt(0)));
            tonic += named.group(2).equals("#") ? 1 : named.group(2).equalsIgnoreCase("b") ? -1 : 0;
            return of(tonic, minor);
        }
        throw new IllegalArgumentException("'" + text + "' is not a key: write e.g. A minor, Am, F#m, C major, C, Db, "
                + "8A (Camelot) or 1m (Open Key)");
    }

    /** The feature value of this key: 0..23. */
    public int index() {
        return ordinal();
    }

    /** The tonic's pitch class: 0 = C … 11 = B. */
    public int tonic() {
        return ordinal() % 12;
    }

    public boolean isMinor() {
        return ordinal() >= 12;
    }

    /** The tonic's name, sharps and flats as DJ software spells them: "F#", "Bb", "C#" (minor), "Db" (major). */
    public String tonicName() {
        return (isMinor() ? MINOR_TONICS : MAJOR_TONICS)[tonic()];
    }

    /** "A minor", "Db major". */
    public String displayName() {
        return tonicName() + (isMinor() ? " minor" : " major");
    }

    /** The relative key: A minor for C major and back. */
    public MusicalKey relative() {
        return isMinor() ? of(tonic() + 3, false) : of(tonic() + 9, true);
    }

    /** The position on the Camelot wheel, 1..12: C major and A minor are 8, a fifth up adds 1. */
    public int camelotNumber() {
        int majorTonic = isMinor() ? tonic() + 3 : tonic();
        return Math.floorMod(majorTonic * 7 + 7, 12) + 1;
    }

    /** Camelot notation: "8A" for A minor, "8B" for C major. */
    public String camelot() {
        return camelotNumber() + (isMinor() ? "A" : "B");
    }

    /** Open Key notation: "1m" for A minor, "1d" for C major. */
    public String openKey() {
        return (Math.floorMod(camelotNumber() - 8, 12) + 1) + (isMinor() ? "m" : "d");
    }
}
