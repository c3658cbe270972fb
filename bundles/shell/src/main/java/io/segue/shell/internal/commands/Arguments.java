package io.segue.shell.internal.commands;

import io.segue.shell.internal.format.Decimals;
import java.util.Locale;

/**
 * Checks of command arguments that Gogo hands over as text. Gogo could convert them to {@code int} itself, but
 * for {@code abc} it then answers "Cannot coerce features(Token, Token) to any of [(int)]"; this says which
 * argument is wrong and what it accepts.
 */
final class Arguments {

    private Arguments() {
    }

    /**
     * @throws IllegalArgumentException naming the argument and the range when {@code value} is not a whole number
     *                                  in {@code min..max}
     */
    static int intInRange(String name, String value, int min, int max) {
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number in " + min + ".." + max
                    + ", was '" + value + "'", e);
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", was " + parsed);
        }
        return parsed;
    }

    /**
     * @throws IllegalArgumentException naming the argument and the range when {@code value} is not a number in
     *                                  {@code min..max}
     */
    static double decimalInRange(String name, String value, double min, double max) {
        double parsed;
        try {
            parsed = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number in " + Decimals.significant(min) + ".."
                    + Decimals.significant(max) + ", was '" + value + "'", e);
        }
        if (!(parsed >= min && parsed <= max)) {
            throw new IllegalArgumentException(name + " must be in " + Decimals.significant(min) + ".."
                    + Decimals.significant(max) + ", was " + value.strip());
        }
        return parsed;
    }

    /**
     * A yes/no argument: true, yes, on (or {@code alsoTrue}) and false, no, off (or {@code alsoFalse}).
     *
     * @throws IllegalArgumentException naming the argument when {@code value} is neither
     */
    static boolean yesNo(String name, String value, String alsoTrue, String alsoFalse) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (word.equals("true") || word.equals("yes") || word.equals("on") || word.equals(alsoTrue)) {
            return true;
        }
        if (word.equals("false") || word.equals("no") || word.equals("off") || word.equals(alsoFalse)) {
            return false;
        }
        throw new IllegalArgumentException(name + " must be true or false, was '" + value + "'");
    }
}
