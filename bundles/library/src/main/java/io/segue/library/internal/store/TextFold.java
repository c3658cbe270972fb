package io.segue.library.internal.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as search compares it: lower case and without accents, so that "beyonce" finds "Beyoncé" and "SIGUR ROS"
 * finds "Sigur Rós". SQLite's own {@code lower()} and {@code LIKE} fold ASCII only; the library registers this as
 * the SQL function {@code segue_fold}.
 */
public final class TextFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextFold() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
