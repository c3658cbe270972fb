package io.segue.stream.internal.capture;

import io.segue.api.config.ConfigurationCheck;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.util.converter.ConversionException;
import org.osgi.util.converter.Converters;

/** The stream's rules (rates, queue sizes, recovery times), for a change before it is made. */
@Component(property = ConfigurationCheck.PID + "=" + StreamConfig.PID)
public final class StreamConfigurationCheck implements ConfigurationCheck {

    @Override
    public Optional<String> problem(String pid, Map<String, Object> properties) {
        try {
            StreamSettings.of(Converters.standardConverter().convert(properties).to(StreamConfig.class));
            return Optional.empty();
        } catch (IllegalArgumentException | ConversionException e) {
            return Optional.of(e.getMessage());
        }
    }
}
