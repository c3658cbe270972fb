package io.segue.shell.internal.config;

import java.util.List;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * One key of a configurable pid as its metatype describes it. The metatype service's {@link AttributeDefinition}
 * does not expose the minimum and maximum; they come from the bundle's metatype XML (null when absent).
 *
 * @param definition the attribute definition (key, type, default, options, description)
 * @param min        the smallest value allowed (the shortest length for a String), or null
 * @param max        the largest value allowed (the longest length for a String), or null
 */
public record Setting(AttributeDefinition definition, String min, String max) {

    public String key() {
        return definition.getID();
    }

    /** The default as the metatype writes it (a list joined with commas), or null when it has none. */
    public String defaultText() {
        String[] defaults = definition.getDefaultValue();
        return defaults == null ? null : String.join(",", defaults);
    }

    /** The allowed values (empty when any value of the type goes). */
    public List<String> options() {
        String[] values = definition.getOptionValues();
        return values == null ? List.of() : List.of(values);
    }

    /** Whether the key holds one value rather than a list or an array. */
    public boolean single() {
        return definition.getCardinality() == 0;
    }

    public boolean password() {
        return definition.getType() == AttributeDefinition.PASSWORD;
    }

    /** The name of the type, e.g. {@code Integer}, {@code String[]} for a list. */
    public String typeName() {
        String name = switch (definition.getType()) {
            case AttributeDefinition.STRING -> "String";
            case AttributeDefinition.LONG -> "Long";
            case AttributeDefinition.INTEGER -> "Integer";
            case AttributeDefinition.SHORT -> "Short";
            case AttributeDefinition.CHARACTER -> "Character";
            case AttributeDefinition.BYTE -> "Byte";
            case AttributeDefinition.DOUBLE -> "Double";
            case AttributeDefinition.FLOAT -> "Float";
            case AttributeDefinition.BOOLEAN -> "Boolean";
            case AttributeDefinition.PASSWORD -> "Password";
            default -> "type " + definition.getType();
        };
        return single() ? name : name + "[]";
    }

    /**
     * What the key accepts beyond its type: {@code min..max} (either end may be open), {@code one of a, b}, a
     * String's length, or an empty string when the metatype says nothing more.
     */
    public String rangeText() {
        if (!options().isEmpty()) {
            return "one of " + String.join(", ", options());
        }
        if (min == null && max == null) {
            return "";
        }
        String range = (min == null ? "" : min) + ".." + (max == null ? "" : max);
        boolean text = definition.getType() == AttributeDefinition.STRING || password();
        return text ? "length " + range : range;
    }
}
