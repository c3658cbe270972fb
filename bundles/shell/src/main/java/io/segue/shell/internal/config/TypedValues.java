package io.segue.shell.internal.config;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.Locale;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * Text typed in at the prompt (or read from a {@code .cfg} file) turned into the value its attribute definition
 * says: Integer, Long, Short, Byte, Double, Float, Boolean, Character or String, then checked against the
 * definition's options, minimum and maximum.
 */
public final class TypedValues {

    private TypedValues() {
    }

    /**
     * The checked, typed value of {@code text} for {@code setting}.
     *
     * @throws IllegalArgumentException saying what the key accepts when {@code text} is not of the type, not one
     *                                  of the options, or outside min..max
     */
    public static Object parse(Setting setting, String text) {
        if (!setting.single()) {
            throw new IllegalArgumentException(setting.key() + " holds a list (" + setting.typeName()
                    + "); segue:config set takes single values: edit the .cfg file instead");
        }
        Object value = convert(setting, text);
        if (!setting.options().isEmpty() && !setting.options().contains(String.valueOf(value))) {
            throw new IllegalArgumentException(setting.key() + " must be one of " + String.join(", ",
                    setting.options()) + ", was '" + text + "'");
        }
        checkBounds(setting, value, text);
        String refusal = setting.definition().validate(String.valueOf(value));
        if (refusal != null && !refusal.isEmpty()) {
            // a rule of the metatype implementation this shell does not know about
            throw new IllegalArgumentException(setting.key() + ": " + refusal.replaceFirst("^%", "") + ", was '"
                    + text + "'");
        }
        return value;
    }

    /**
     * {@code value} as the type of {@code setting} when it converts (a String from a {@code .cfg} file), else
     * {@code value} unchanged: for the proposal a {@link io.segue.api.config.ConfigurationCheck} sees and for
     * comparing with the default.
     */
    public static Object typed(Setting setting, Object value) {
        if (value == null || !setting.single() || !(value instanceof String text)) {
            return value;
        }
        try {
            return convert(setting, text);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /** How a value shows at the prompt: a password as stars, an empty String as {@code ""}. */
    public static String display(Setting setting, Object value) {
        if (value == null) {
            return null;
        }
        if (setting != null && setting.password()) {
            return "********";
        }
        String text = value.getClass().isArray() ? arrayText(value) : String.valueOf(value);
        return text.isEmpty() ? "\"\"" : text;
    }

    private static Object convert(Setting setting, String text) {
        String key = setting.key();
        String number = text.strip();
        int type = setting.definition().getType();
        try {
            return switch (type) {
                case AttributeDefinition.INTEGER -> Integer.valueOf(number);
                case AttributeDefinition.LONG -> Long.valueOf(number);
                case AttributeDefinition.SHORT -> Short.valueOf(number);
                case AttributeDefinition.BYTE -> Byte.valueOf(number);
                case AttributeDefinition.DOUBLE -> finite(key, Double.valueOf(number), text);
                case AttributeDefinition.FLOAT -> finite(key, Float.valueOf(number), text);
                case AttributeDefinition.BOOLEAN -> bool(key, number, text);
                case AttributeDefinition.CHARACTER -> character(key, text);
                default -> text;
            };
        } catch (NumberFormatException e) {
            String kind = type == AttributeDefinition.DOUBLE || type == AttributeDefinition.FLOAT ? "a number"
                    : "a whole number";
            throw new IllegalArgumentException(key + " must be " + kind + " (" + setting.typeName() + range(setting)
                    + "), was '" + text + "'", e);
        }
    }

    private static String range(Setting setting) {
        String range = setting.rangeText();
        return range.isEmpty() ? "" : " in " + range;
    }

    private static Object finite(String key, Number value, String text) {
        if (Double.isNaN(value.doubleValue()) || Double.isInfinite(value.doubleValue())) {
            throw new IllegalArgumentException(key + " must be a finite number, was '" + text + "'");
        }
        return value;
    }

    private static Boolean bool(String key, String word, String text) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return Boolean.valueOf(lower);
        }
        throw new IllegalArgumentException(key + " must be true or false, was '" + text + "'");
    }

    private static Character character(String key, String text) {
        if (text.length() != 1) {
            throw new IllegalArgumentException(key + " must be one character, was '" + text + "'");
        }
        return text.charAt(0);
    }

    private static void checkBounds(Setting setting, Object value, String text) {
        boolean isText = value instanceof String;
        BigDecimal measured;
        if (isText) {
            measured = BigDecimal.valueOf(((String) value).length());
        } else if (value instanceof Number number) {
            measured = new BigDecimal(number.toString());
        } else {
            return;
        }
        BigDecimal min = bound(setting.min());
        BigDecimal max = bound(setting.max());
        if ((min != null && measured.compareTo(min) < 0) || (max != null && measured.compareTo(max) > 0)) {
            String what = isText ? setting.key() + "'s length" : setting.key();
            String was = isText ? measured + " ('" + text + "')" : text.strip();
            throw new IllegalArgumentException(what + " must be in " + (setting.min() == null ? "" : setting.min())
                    + ".." + (setting.max() == null ? "" : setting.max()) + ", was " + was);
        }
    }

    /** A bound the metatype XML gives, or null when it gives none or one that is not a number. */
    private static BigDecimal bound(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String arrayText(Object array) {
        StringBuilder out = new StringBuilder();
        int length = Array.getLength(array);
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(Array.get(array, i));
        }
        return out.toString();
    }
}
