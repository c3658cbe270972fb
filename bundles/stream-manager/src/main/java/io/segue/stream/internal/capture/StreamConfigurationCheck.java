package io.segue.stream.internal.capture;

import io.segue.api.config.ConfigurationCheck;
import io.segue.stream.internal.config.ConfigAnnotations;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/** The stream's rules (rates, queue sizes, recovery times), for a change before it is made. */
@Component(property = ConfigurationCheck.PID + "=" + StreamConfig.PID)
public final class StreamConfigurationCheck implements ConfigurationCheck {

    @Override
    public Optional<String> problem(String pid, Map<String, Object> properties) {
        try {
            StreamSettings.of(ConfigAnnotations.of(StreamConfig.class, properties));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
