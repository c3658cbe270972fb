package io.segue.shell.internal.fakes;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * ConfigAdmin in memory, as Felix's behaves for what the shell uses: {@code listConfigurations} (all, or one
 * {@code (service.pid=...)}) leaves out configurations never updated; {@code update} adds {@code service.pid}.
 * Counts the updates and deletes.
 */
public final class FakeConfigurationAdmin implements ConfigurationAdmin {

    private final Map<String, FakeConfiguration> configurations = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();

    /** Adds a configuration as FileInstall would make it from a file: String values plus the file's URL. */
    public FakeConfiguration fromFile(String pid, java.nio.file.Path file, Map<String, String> values) {
        Hashtable<String, Object> properties = new Hashtable<>(values);
        properties.put("felix.fileinstall.filename", file.toUri().toString());
        return with(pid, properties);
    }

    /** Adds a configuration with these properties, as if updated once before the test. */
    public FakeConfiguration with(String pid, Map<String, ?> properties) {
        FakeConfiguration configuration = new FakeConfiguration(pid, "?");
        configuration.properties = new Hashtable<>(properties);
        configuration.properties.put("service.pid", pid);
        configurations.put(pid, configuration);
        return configuration;
    }

    /** Every update and delete so far, e.g. {@code update io.segue.pipeline}. */
    public List<String> calls() {
        return calls;
    }

    public FakeConfiguration get(String pid) {
        return configurations.get(pid);
    }

    @Override
    public Configuration getConfiguration(String pid, String location) {
        return configurations.computeIfAbsent(pid, any -> new FakeConfiguration(pid, location));
    }

    @Override
    public Configuration getConfiguration(String pid) {
        throw new UnsupportedOperationException("binds the configuration to the caller's bundle: use (pid, \"?\")");
    }

    @Override
    public Configuration[] listConfigurations(String filter) {
        List<Configuration> found = new ArrayList<>();
        for (FakeConfiguration configuration : configurations.values()) {
            if (configuration.properties != null && (filter == null
                    || filter.equals("(service.pid=" + configuration.pid.replace("*", "\\*") + ")"))) {
                found.add(configuration);
            }
        }
        if (filter != null && !filter.startsWith("(service.pid=")) {
            throw new UnsupportedOperationException("filter " + filter);
        }
        return found.isEmpty() ? null : found.toArray(Configuration[]::new);
    }

    @Override
    public Configuration createFactoryConfiguration(String factoryPid) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Configuration createFactoryConfiguration(String factoryPid, String location) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Configuration getFactoryConfiguration(String factoryPid, String name, String location) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Configuration getFactoryConfiguration(String factoryPid, String name) {
        throw new UnsupportedOperationException();
    }

    /** One configuration; its properties are null until the first update. */
    public final class FakeConfiguration implements Configuration {

        private final String pid;
        private final String location;
        private Hashtable<String, Object> properties;

        FakeConfiguration(String pid, String location) {
            this.pid = pid;
            this.location = location;
        }

        @Override
        public String getPid() {
            return pid;
        }

        @Override
        public Dictionary<String, Object> getProperties() {
            return properties == null ? null : new Hashtable<>(properties);
        }

        /** The properties as a map (null before the first update). */
        public Map<String, Object> properties() {
            return properties == null ? null : Map.copyOf(properties);
        }

        @Override
        public Dictionary<String, Object> getProcessedProperties(ServiceReference<?> reference) {
            return getProperties();
        }

        @Override
        public void update(Dictionary<String, ?> update) {
            Hashtable<String, Object> copy = new Hashtable<>();
            for (var keys = update.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                copy.put(key, update.get(key));
            }
            copy.put("service.pid", pid);
            properties = copy;
            calls.add("update " + pid);
        }

        @Override
        public void delete() {
            configurations.remove(pid);
            calls.add("delete " + pid);
        }

        @Override
        public String getFactoryPid() {
            return null;
        }

        @Override
        public void update() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean updateIfDifferent(Dictionary<String, ?> update) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setBundleLocation(String bundleLocation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getBundleLocation() {
            return location;
        }

        @Override
        public long getChangeCount() {
            return calls.size();
        }

        @Override
        public void addAttributes(ConfigurationAttribute... attributes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<ConfigurationAttribute> getAttributes() {
            return Set.of();
        }

        @Override
        public void removeAttributes(ConfigurationAttribute... attributes) {
            throw new UnsupportedOperationException();
        }
    }
}
