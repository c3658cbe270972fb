package io.segue.shell.internal.commands;

import io.segue.api.config.ConfigurationCheck;
import io.segue.shell.internal.config.ConfigEditor;
import io.segue.shell.internal.config.ConfigLookup;
import io.segue.shell.internal.config.Configurable;
import io.segue.shell.internal.config.MetatypeCatalog;
import io.segue.shell.internal.format.ConfigFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.MetaTypeService;

/**
 * {@code segue:config list|get|set|reset}: typed configuration at the prompt, described by the metatype and checked
 * before it is applied, so that a refused value is refused here, with its reason, instead of in a log line.
 * ConfigAdmin and the metatype service are optional: without them the command says what it cannot do.
 */
@Component(service = ConfigCommand.class, immediate = true)
@GogoCommand(scope = "segue", function = {"config"})
public final class ConfigCommand {

    static final String USAGE = """
            use: config list | get <pid> | set <pid> <key> <value> | reset <pid>
              list                     every configurable pid: its name, what sets it (a file in config/, \
            ConfigAdmin alone, or the defaults), its bundle
              get <pid>                each key: the value in force (* when changed from the default), type, \
            default, range, description
              set <pid> <key> <value>  check the value (the metatype's type and range, the component's own rules), \
            then apply it and save it in the pid's .cfg file (comments kept; a pid without one gets \
            config/<pid>.cfg), so that it survives a restart; a refused value changes nothing and says why
              reset <pid>              back to the defaults: in the pid's .cfg file the lines of changed keys \
            are rewritten to their defaults (the file and its comments stay); a configuration without a file is \
            deleted""";
    /** The framework property naming the folder FileInstall watches. */
    static final String FILEINSTALL_DIR = "felix.fileinstall.dir";

    private final Function<MetaTypeService, List<Configurable>> catalog;
    private final Path configFolder;
    private final Map<ConfigurationCheck, List<String>> checks = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConfigurationAdmin admin;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MetaTypeService metatype;

    @Activate
    public ConfigCommand(BundleContext context) {
        this(metatype -> MetatypeCatalog.of(context.getBundles(), metatype), folder(context.getProperty(
                FILEINSTALL_DIR)));
    }

    /**
     * @param catalog      every pid the given metatype service describes
     * @param configFolder where a pid without a {@code .cfg} file gets one; null to save nothing
     */
    ConfigCommand(Function<MetaTypeService, List<Configurable>> catalog, Path configFolder) {
        this.catalog = catalog;
        this.configFolder = configFolder;
    }

    void setAdmin(ConfigurationAdmin admin) {
        this.admin = admin;
    }

    void setMetatype(MetaTypeService metatype) {
        this.metatype = metatype;
    }

    @Reference(name = "checks", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCheck(ConfigurationCheck check, Map<String, Object> properties) {
        Object pids = properties.get(ConfigurationCheck.PID);
        List<String> list = new ArrayList<>();
        if (pids instanceof String[] several) {
            list.addAll(List.of(several));
        } else if (pids != null) {
            list.add(pids.toString());
        }
        checks.put(check, list);
    }

    void removeCheck(ConfigurationCheck check) {
        checks.remove(check);
    }

    @Descriptor("typed configuration: list, get, set or reset (alone: this usage)")
    public String config() {
        return USAGE;
    }

    @Descriptor("list every configurable pid: its name, what sets it (file, ConfigAdmin or defaults), its bundle")
    public String config(@Descriptor("list") String action) throws IOException {
        if (!action.equals("list")) {
            throw usage(action, 0);
        }
        ConfigLookup lookup = lookup();
        return ConfigFormat.list(lookup.all(), lookup.metatypePresent());
    }

    @Descriptor("get: show a pid's keys with value, type, default, range, description; reset: back to the defaults "
            + "(a .cfg file keeps its lines and comments, its changed keys rewritten to their defaults)")
    public String config(
            @Descriptor("get or reset") String action,
            @Descriptor("the pid, e.g. io.segue.pipeline (segue:config list shows them)") String pid)
            throws IOException {
        if (action.equals("get")) {
            ConfigLookup lookup = lookup();
            return ConfigFormat.get(lookup.find(pid), lookup.metatypePresent());
        }
        if (action.equals("reset")) {
            return editor().reset(pid);
        }
        throw usage(action, 1);
    }

    @Descriptor("set needs a value: segue:config set <pid> <key> <value>")
    public String config(
            @Descriptor("set") String action,
            @Descriptor("the pid") String pid,
            @Descriptor("the key") String key) {
        throw usage(action, 2);
    }

    @Descriptor("set one key of a pid after checking it (metatype, the component's rules) and save it in the pid's "
            + ".cfg file, comments kept, so that it survives a restart; a refused value says why and changes nothing")
    public String config(
            @Descriptor("set") String action,
            @Descriptor("the pid, e.g. io.segue.pipeline (segue:config list shows them)") String pid,
            @Descriptor("the key, e.g. hopSize (segue:config get <pid> shows them)") String key,
            @Descriptor("the new value, of the key's type and in its range") String value) throws IOException {
        if (!action.equals("set")) {
            throw usage(action, 3);
        }
        return editor().set(pid, key, value);
    }

    private ConfigLookup lookup() {
        return lookup(currentAdmin());
    }

    private ConfigLookup lookup(ConfigurationAdmin currentAdmin) {
        MetaTypeService currentMetatype = metatype;
        return new ConfigLookup(currentAdmin, currentMetatype == null ? null : catalog.apply(currentMetatype));
    }

    private ConfigEditor editor() {
        ConfigurationAdmin currentAdmin = currentAdmin();
        return new ConfigEditor(currentAdmin, lookup(currentAdmin), this::checksOf, configFolder);
    }

    private ConfigurationAdmin currentAdmin() {
        ConfigurationAdmin currentAdmin = admin;
        if (currentAdmin == null) {
            throw new IllegalStateException("ConfigAdmin is not running (org.apache.felix.configadmin): no "
                    + "configuration can be read or changed");
        }
        return currentAdmin;
    }

    private List<ConfigurationCheck> checksOf(String pid) {
        List<ConfigurationCheck> of = new ArrayList<>();
        checks.forEach((check, pids) -> {
            if (pids.contains(pid)) {
                of.add(check);
            }
        });
        return of;
    }

    /** What is wrong with the arguments, and the usage. */
    private static IllegalArgumentException usage(String action, int arguments) {
        String problem = switch (action) {
            case "list" -> "config list takes no arguments";
            case "get", "reset" -> "config " + action + " takes one argument, the pid";
            case "set" -> "config set takes three arguments: <pid> <key> <value>";
            default -> "unknown config action '" + action + "'";
        };
        return new IllegalArgumentException(problem + " (got " + arguments + ")\n" + USAGE);
    }

    private static Path folder(String property) {
        return property == null || property.isBlank() ? null : Path.of(property);
    }
}
