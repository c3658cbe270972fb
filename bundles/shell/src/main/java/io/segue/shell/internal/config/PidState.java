package io.segue.shell.internal.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * A pid as it stands: what its metatype says and what ConfigAdmin holds.
 *
 * @param pid           the persistent id
 * @param type          its metatype, or null when no bundle describes it (or the metatype service is absent)
 * @param configuration its configuration's properties, or null when it has none (its component runs on defaults)
 * @param file          the {@code .cfg} file FileInstall read it from, or null
 */
public record PidState(String pid, Configurable type, Map<String, Object> configuration, Path file) {

    /** The properties ConfigAdmin and FileInstall add to every configuration; not settings of the component. */
    public static boolean bookkeeping(String key) {
        return key.equals("service.pid") || key.equals("service.factoryPid") || key.equals("service.bundleLocation")
                || key.equals(ConfigLookup.FILEINSTALL_FILENAME);
    }

    /** What the component runs on for {@code setting}: its configured value, else the default (typed). */
    public Object valueInForce(Setting setting) {
        if (configuration != null && configuration.containsKey(setting.key())) {
            return configuration.get(setting.key());
        }
        return setting.defaultText() == null ? null : TypedValues.typed(setting, setting.defaultText());
    }

    /** Whether the configured value of {@code setting} differs from its default. */
    public boolean changed(Setting setting) {
        if (configuration == null || !configuration.containsKey(setting.key())) {
            return false;
        }
        Object value = TypedValues.typed(setting, configuration.get(setting.key()));
        Object standard = setting.defaultText() == null ? null : TypedValues.typed(setting, setting.defaultText());
        if (standard == null) {
            return true;
        }
        if (value instanceof Number a && standard instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue()) != 0;
        }
        return !String.valueOf(value).equals(String.valueOf(standard));
    }
}
