package io.segue.decoders.internal.tags;

import io.segue.api.feature.MusicalKey;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the initial-key tag in the notations DJ software writes: musical ({@code Am}, {@code A minor}, {@code Amin},
 * {@code F#}, {@code Bbm}, {@code D♭ major}), Camelot ({@code 8A}, {@code 8B}) and Open Key ({@code 1m},
 * {@code 1d}).
 */
final class KeyNotation {

    private static final Pattern CAMELOT = Pattern.compile("(1[0-2]|0?[1-9])\\s*([ab])");
    private static final Pattern OPEN_KEY = Pattern.compile("(1[0-2]|0?[1-9])\\s*([md])");
    private static final Pattern MUSICAL = Pattern.compile(
            "([a-g])\\s*(#|b|♯|♭|sharp|flat)?\\s*(m|min|minor|moll|maj|major|dur)?");
    private static final int[] TONICS = {9, 11, 0, 2, 4, 5, 7}; // a b c d e f g

    private KeyNotation() {
    }

    /** The key {@code text} names, or null when it is empty or in no notation this class knows. */
    static MusicalKey parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = CAMELOT.matcher(t);
        if (m.matches()) {
            int number = Integer.parseInt(m.group(1));
            boolean minor = m.group(2).equals("a");
            return fromCamelot(number, minor);
        }
        m = OPEN_KEY.matcher(t);
        if (m.matches()) {
            // Open Key 1 is Camelot 8; both wheels step by a fifth
            int number = Math.floorMod(Integer.parseInt(m.group(1)) + 6, 12) + 1;
            return fromCamelot(number, m.group(2).equals("m"));
        }
        m = MUSICAL.matcher(t);
        if (m.matches()) {
            int tonic = TONICS[m.group(1).charAt(0) - 'a'];
            String accidental = m.group(2);
            if (accidental != null) {
                tonic += accidental.equals("#") || accidental.equals("♯") || accidental.equals("sharp") ? 1 : -1;
            }
            String mode = m.group(3);
            boolean minor = mode != null && (mode.equals("m") || mode.startsWith("min") || mode.equals("moll"));
            return MusicalKey.of(tonic, minor);
        }
        return null;
    }

    private static MusicalKey fromCamelot(int number, boolean minor) {
        for (MusicalKey key : MusicalKey.values()) {
            if (key.camelotNumber() == number && key.isMinor() == minor) {
                return key;
            }
        }
        throw new IllegalStateException("no key at Camelot " + number); // every number 1..12 has two keys
    }
}
