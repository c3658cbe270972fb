package io.segue.shell.internal.format;

import io.segue.shell.internal.config.Configurable;
import io.segue.shell.internal.config.PidState;
import io.segue.shell.internal.config.Setting;
import io.segue.shell.internal.config.TypedValues;
import java.util.List;
import java.util.Map;

/** {@code segue:config list} and {@code get}: pids and their keys as tables. */
public final class ConfigFormat {

    static final String NO_METATYPE = "the metatype service is not running: only configurations in ConfigAdmin "
            + "are shown, without types, defaults or ranges";
    static final String CHANGED = "*";

    private ConfigFormat() {
    }

    /** One row per pid: its name, where its values come from, the bundle that describes it. */
    public static String list(List<PidState> states, boolean metatypePresent) {
        TableFormat table = new TableFormat("pid", "name", "set by", "bundle");
        for (PidState state : states) {
            Configurable type = state.type();
            String name = type == null ? "(no metatype)" : type.name() + (type.factory() ? " (factory)" : "");
            table.row(state.pid(), name, source(state), type == null ? null : type.bundle());
        }
        StringBuilder out = new StringBuilder();
        out.append(table.size() == 0 ? "no configurable pid" : table.toString());
        if (!metatypePresent) {
            out.append('\n').append(NO_METATYPE);
        }
        return out.toString();
    }

    /**
     * The pid's heading and source, then one row per key: its value in force (marked when changed from the
     * default), type, default, range and description; then the keys the configuration has that the metatype does
     * not describe.
     */
    public static String get(PidState state, boolean metatypePresent) {
        Configurable type = state.type();
        StringBuilder out = new StringBuilder(state.pid());
        if (type != null) {
            out.append(": ").append(type.name()).append(" (bundle ").append(type.bundle()).append(')');
            if (type.description() != null && !type.description().isBlank()) {
                out.append('\n').append(type.description());
            }
        }
        out.append("\nset by: ").append(state.file() == null ? source(state) : "file " + state.file()).append('\n');
        TableFormat table = new TableFormat("key", "value", "type", "default", "range", "description");
        boolean anyChanged = false;
        if (type != null) {
            for (Setting setting : type.settings()) {
                boolean changed = state.changed(setting);
                anyChanged |= changed;
                String value = TypedValues.display(setting, state.valueInForce(setting));
                table.row(setting.key(), value == null ? "-" : value + (changed ? " " + CHANGED : ""),
                        setting.typeName(), setting.defaultText() == null ? "-"
                                : TypedValues.display(setting, setting.defaultText()),
                        setting.rangeText(), setting.definition().getDescription());
            }
        }
        if (state.configuration() != null) {
            for (Map.Entry<String, Object> entry : state.configuration().entrySet()) {
                String key = entry.getKey();
                if (PidState.bookkeeping(key) || (type != null && type.setting(key).isPresent())) {
                    continue;
                }
                table.row(key, TypedValues.display(null, entry.getValue()),
                        entry.getValue() == null ? "-" : entry.getValue().getClass().getSimpleName(), "-", "",
                        type == null ? "" : "not in the metatype: the component ignores it");
            }
        }
        out.append('\n').append(table.size() == 0 ? "no keys" : table.toString());
        if (anyChanged) {
            out.append('\n').append(CHANGED).append(" changed from the default");
        }
        if (!metatypePresent) {
            out.append('\n').append(NO_METATYPE);
        }
        return out.toString();
    }

    /** Where the values come from: a file, ConfigAdmin alone (not in a file), or the defaults. */
    static String source(PidState state) {
        if (state.file() != null) {
            return "file " + state.file().getFileName();
        }
        return state.configuration() != null ? "ConfigAdmin (no file)" : "defaults";
    }
}
