package io.segue.shell.internal.config;

import io.segue.api.config.ConfigurationCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Changes a configuration only after everything that would refuse it agreed: the metatype (key, type, options,
 * min..max) and every {@link ConfigurationCheck} of the pid, asked about the whole configuration as it would be.
 * A refusal is an {@link IllegalArgumentException} whose message says why and that the old value stays; nothing
 * is updated then.
 *
 * <p>A change lasts: when the configuration came from a {@code .cfg} file, the key's line in that file is
 * rewritten (other lines and comments kept) so that FileInstall reads the same value again and a restart keeps it;
 * a pid without a file gets {@code <felix.fileinstall.dir>/<pid>.cfg}. Without a FileInstall folder the change
 * lasts until Segue stops (the runtime starts each run with an empty ConfigAdmin).
 */
public final class ConfigEditor {

    private final ConfigurationAdmin admin;
    private final ConfigLookup lookup;
    private final Function<String, List<ConfigurationCheck>> checks;
    private final Path configFolder;

    /**
     * @param checks       the checks of a pid
     * @param configFolder the folder FileInstall watches, where a pid without a file gets one; null for none
     */
    public ConfigEditor(ConfigurationAdmin admin, ConfigLookup lookup,
            Function<String, List<ConfigurationCheck>> checks, Path configFolder) {
        this.admin = admin;
        this.lookup = lookup;
        this.checks = checks;
        this.configFolder = configFolder;
    }

    /**
     * Sets one key after checking it; says {@code old -> new} and where the value was saved.
     *
     * @throws IllegalArgumentException starting with {@code refused:} saying why, when anything refuses it
     */
    public String set(String pid, String key, String text) throws IOException {
        PidState state = editable(pid);
        Configurable type = state.type();
        Setting setting = type.setting(key).orElseThrow(() -> new IllegalArgumentException("refused: " + pid
                + " has no key '" + key + "' (its keys: " + String.join(", ", type.keys()) + "); nothing changed"));
        String old = oldValue(state, setting);
        Object value;
        try {
            value = TypedValues.parse(setting, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("refused: " + e.getMessage() + "; " + key + " stays " + old, e);
        }
        Map<String, Object> proposal = typedProperties(state);
        proposal.put(key, value);
        problem(pid, proposal).ifPresent(problem -> {
            throw new IllegalArgumentException("refused: " + problem + "; " + key + " stays " + old);
        });
        update(pid, proposal);
        String saved = save(state, Map.of(key, String.valueOf(value)));
        return pid + " " + key + ": " + old + " -> " + TypedValues.display(setting, value) + " (" + saved + ")";
    }

    /**
     * Puts the pid back to its defaults. Without a file its configuration is deleted. From a file, the line of each
     * key that differs from its default is rewritten to the default: the file stays (with its comments), so that
     * the defaults also hold after a restart; keys the metatype does not know are left alone.
     *
     * @throws IllegalArgumentException starting with {@code refused:} when a check refuses the defaults
     */
    public String reset(String pid) throws IOException {
        PidState state = editable(pid);
        if (state.configuration() == null) {
            return pid + " is already at its defaults (it has no configuration)";
        }
        Map<String, Object> proposal = typedProperties(state);
        Map<String, String> written = new LinkedHashMap<>();
        List<String> changes = new ArrayList<>();
        for (Setting setting : state.type().settings()) {
            if (!state.changed(setting) || setting.defaultText() == null || !setting.single()) {
                continue;
            }
            Object standard = TypedValues.typed(setting, setting.defaultText());
            changes.add(setting.key() + " " + TypedValues.display(setting, state.valueInForce(setting)) + " -> "
                    + TypedValues.display(setting, standard));
            proposal.put(setting.key(), standard);
            written.put(setting.key(), String.valueOf(standard));
        }
        String changed = changes.isEmpty() ? "every key was at its default" : String.join(", ", changes);
        if (state.file() == null) {
            lookup.configuration(pid).delete();
            return pid + " back to its defaults, its configuration deleted (" + changed + ")";
        }
        if (changes.isEmpty()) {
            return pid + " is already at its defaults (" + state.file() + " sets only default values)";
        }
        problem(pid, proposal).ifPresent(problem -> {
            throw new IllegalArgumentException("refused: the defaults of " + pid + ": " + problem
                    + "; the configuration stays");
        });
        update(pid, proposal);
        return pid + " back to its defaults: " + changed + " (" + save(state, written) + ")";
    }

    /** The pid with its metatype, or a refusal when it has none to check values against. */
    private PidState editable(String pid) throws IOException {
        if (!lookup.metatypePresent()) {
            throw new IllegalArgumentException("refused: the metatype service is not running, so values cannot "
                    + "be checked; edit the pid's .cfg file instead, or start org.apache.felix.metatype");
        }
        PidState state = lookup.find(pid);
        if (state.type() == null) {
            throw new IllegalArgumentException("refused: no bundle describes " + pid + " (no metatype), so its values "
                    + "cannot be checked; edit its .cfg file instead");
        }
        if (state.type().factory() && state.configuration() == null) {
            throw new IllegalArgumentException("refused: " + pid + " is a factory pid; name one of its "
                    + "configurations (segue:config list shows them)");
        }
        return state;
    }

    private static String oldValue(PidState state, Setting setting) {
        String value = TypedValues.display(setting, state.valueInForce(setting));
        if (state.configuration() != null && state.configuration().containsKey(setting.key())) {
            return value;
        }
        return value == null ? "unset" : value + " (the default)";
    }

    /** The configuration's properties, each typed by its attribute definition where it has one. */
    private static Map<String, Object> typedProperties(PidState state) {
        Map<String, Object> typed = new LinkedHashMap<>();
        if (state.configuration() != null) {
            state.configuration().forEach((key, value) -> typed.put(key, state.type().setting(key)
                    .map(setting -> TypedValues.typed(setting, value)).orElse(value)));
        }
        return typed;
    }

    private Optional<String> problem(String pid, Map<String, Object> proposal) {
        for (ConfigurationCheck check : checks.apply(pid)) {
            Optional<String> problem;
            try {
                problem = check.problem(pid, Map.copyOf(proposal));
            } catch (RuntimeException e) {
                problem = Optional.of("the check of " + pid + " failed (" + e + ")");
            }
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private void update(String pid, Map<String, Object> properties) throws IOException {
        Configuration configuration = lookup.configuration(pid);
        if (configuration == null) {
            // "?": bound to no bundle, so the component's bundle receives it (not the shell)
            configuration = admin.getConfiguration(pid, "?");
        }
        configuration.update(new Hashtable<>(properties));
    }

    /** Writes {@code values} into the pid's file; says where, or why not. */
    private String save(PidState state, Map<String, String> values) {
        Path file = state.file();
        if (file == null && configFolder != null && !state.type().factory()) {
            file = configFolder.resolve(state.pid() + ".cfg");
        }
        if (file == null) {
            return "not saved: no FileInstall folder, the value lasts until Segue stops";
        }
        try {
            boolean created = !file.toFile().exists();
            CfgFile.write(file, values, List.of(state.type().name() + ": written by segue:config set. FileInstall "
                    + "applies edits of this file while Segue runs."));
            return (created ? "saved in a new file " : "saved in ") + file;
        } catch (IOException | RuntimeException e) {
            return "in force but not saved: " + file + ": " + e.getMessage()
                    + "; it lasts until Segue stops or the file changes";
        }
    }
}
