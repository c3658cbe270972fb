package io.segue.shell.internal.config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Finds pids in the metatype and in ConfigAdmin: a pid known to either shows, with its metatype (through the
 * factory pid for a factory configuration) and its configuration.
 */
public final class ConfigLookup {

    /** The property FileInstall puts on each configuration it made from a file: the file's URL. */
    public static final String FILEINSTALL_FILENAME = "felix.fileinstall.filename";
    private static final int MAX_SUGGESTIONS = 5;

    private final ConfigurationAdmin admin;
    private final List<Configurable> catalog;

    /** @param catalog every pid the metatype describes, or null when the metatype service is absent */
    public ConfigLookup(ConfigurationAdmin admin, List<Configurable> catalog) {
        this.admin = admin;
        this.catalog = catalog;
    }

    public boolean metatypePresent() {
        return catalog != null;
    }

    /** Every pid the metatype describes and every configuration, sorted by pid. */
    public List<PidState> all() throws IOException {
        Map<String, PidState> states = new TreeMap<>();
        if (catalog != null) {
            for (Configurable type : catalog) {
                states.put(type.pid(), new PidState(type.pid(), type, null, null));
            }
        }
        for (Configuration configuration : configurations(null)) {
            states.put(configuration.getPid(), state(configuration));
        }
        return new ArrayList<>(states.values());
    }

    /**
     * @throws IllegalArgumentException naming close matches when neither the metatype nor ConfigAdmin knows
     *                                  {@code pid}
     */
    public PidState find(String pid) throws IOException {
        Configuration configuration = configuration(pid);
        if (configuration != null) {
            return state(configuration);
        }
        Configurable type = type(pid, false);
        if (type == null) {
            type = type(pid, true);
        }
        if (type == null) {
            throw new IllegalArgumentException(unknown(pid));
        }
        return new PidState(pid, type, null, null);
    }

    /** The configuration of {@code pid}, or null when it has none. */
    public Configuration configuration(String pid) throws IOException {
        List<Configuration> found = configurations("(service.pid=" + escape(pid) + ")");
        return found.isEmpty() ? null : found.get(0);
    }

    /** A configuration's properties as a map, in their order. */
    public static Map<String, Object> properties(Configuration configuration) {
        Map<String, Object> properties = new LinkedHashMap<>();
        Dictionary<String, Object> dictionary = configuration.getProperties();
        if (dictionary != null) {
            for (Enumeration<String> keys = dictionary.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                properties.put(key, dictionary.get(key));
            }
        }
        return properties;
    }

    private PidState state(Configuration configuration) {
        Map<String, Object> properties = properties(configuration);
        String factoryPid = configuration.getFactoryPid();
        Configurable type = factoryPid == null ? type(configuration.getPid(), false) : type(factoryPid, true);
        return new PidState(configuration.getPid(), type, properties, file(properties.get(FILEINSTALL_FILENAME)));
    }

    private Configurable type(String pid, boolean factory) {
        if (catalog != null) {
            for (Configurable type : catalog) {
                if (type.pid().equals(pid) && type.factory() == factory) {
                    return type;
                }
            }
        }
        return null;
    }

    private List<Configuration> configurations(String filter) throws IOException {
        try {
            Configuration[] found = admin.listConfigurations(filter);
            return found == null ? List.of() : List.of(found);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("cannot look up configurations with " + filter + ": "
                    + e.getMessage(), e);
        }
    }

    private String unknown(String pid) throws IOException {
        List<String> close = new ArrayList<>();
        for (PidState state : all()) {
            if (close.size() < MAX_SUGGESTIONS && similar(pid, state.pid())) {
                close.add(state.pid());
            }
        }
        String hint = close.isEmpty() ? "no known pid is like it" : "did you mean " + String.join(", ", close) + "?";
        String metatype = catalog == null ? "; the metatype service is not running, so only configurations in "
                + "ConfigAdmin are known" : "";
        return "unknown pid '" + pid + "': " + hint + metatype + " (segue:config list shows every pid)";
    }

    /** One contains the other (case aside), or they are a few typing mistakes apart. */
    static boolean similar(String typed, String known) {
        String a = typed.toLowerCase(Locale.ROOT);
        String b = known.toLowerCase(Locale.ROOT);
        if (a.isEmpty()) {
            return false;
        }
        if (b.contains(a) || a.contains(b)) {
            return true;
        }
        return distance(a, b) <= Math.max(2, a.length() / 5);
    }

    /** The Levenshtein distance: insertions, deletions and substitutions that turn one into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The file behind FileInstall's property ({@code file:/...} URL or a plain path), or null. */
    static Path file(Object filename) {
        if (filename == null) {
            return null;
        }
        String text = filename.toString();
        try {
            return text.startsWith("file:") ? Path.of(URI.create(text)) : Path.of(text);
        } catch (IllegalArgumentException e) {
            return Path.of(text.substring("file:".length()));
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("*", "\\*").replace("(", "\\(").replace(")", "\\)");
    }
}
