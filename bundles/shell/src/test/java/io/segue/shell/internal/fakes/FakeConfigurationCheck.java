package io.segue.shell.internal.fakes;

import io.segue.api.config.ConfigurationCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline's rule as stream-manager states it (a hop no longer than the window), on typed values; remembers
 * every configuration it was asked about.
 */
public final class FakeConfigurationCheck implements ConfigurationCheck {

    private final List<Map<String, Object>> asked = new ArrayList<>();

    public List<Map<String, Object>> asked() {
        return asked;
    }

    @Override
    public Optional<String> problem(String pid, Map<String, Object> properties) {
        asked.add(properties);
        int window = (Integer) properties.getOrDefault("windowSize", 2048);
        int hop = (Integer) properties.getOrDefault("hopSize", 512);
        if (hop > window) {
            return Optional.of(pid + ": hopSize must be in 1.." + window + " (at most windowSize), was " + hop);
        }
        return Optional.empty();
    }
}
