package org.example.segue.bassratio;

import io.segue.api.config.ConfigurationCheck;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * The extractor's rules, asked before a change of PID {@value BassRatioConfig#PID} is made: {@code segue:config set}
 * refuses {@code lowHz 5000} at the prompt with the reason instead of the extractor refusing it in a log line.
 */
@Component(property = ConfigurationCheck.PID + "=" + BassRatioConfig.PID)
public final class BassRatioConfigurationCheck implements ConfigurationCheck {

    @Override
    public Optional<String> problem(String pid, Map<String, Object> properties) {
        try {
            BassRatioSettings.of(properties);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
