package io.segue.shell.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A configuration pid that a bundle's metatype describes.
 *
 * @param pid         the persistent id (or the factory pid when {@code factory})
 * @param factory     whether it is a factory pid (one configuration per instance)
 * @param bundle      the symbolic name of the bundle that describes it
 * @param name        the metatype's name for it
 * @param description the metatype's description, or null
 * @param settings    its keys, in the metatype's order
 */
public record Configurable(String pid, boolean factory, String bundle, String name, String description,
        List<Setting> settings) {

    public Configurable {
        settings = List.copyOf(settings);
    }

    public Optional<Setting> setting(String key) {
        return settings.stream().filter(setting -> setting.key().equals(key)).findFirst();
    }

    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Setting setting : settings) {
            keys.add(setting.key());
        }
        return keys;
    }
}
