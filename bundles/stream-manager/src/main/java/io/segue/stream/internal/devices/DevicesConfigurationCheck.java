package io.segue.stream.internal.devices;

import io.segue.api.config.ConfigurationCheck;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.util.converter.ConversionException;
import org.osgi.util.converter.Converters;

/** The device directory's rule (a poll period of 0, or 50..60000 ms), for a change before it is made. */
@Component(property = ConfigurationCheck.PID + "=" + DevicesConfig.PID)
public final class DevicesConfigurationCheck implements ConfigurationCheck {

    @Override
    public Optional<String> problem(String pid, Map<String, Object> properties) {
        try {
            AudioDeviceDirectory.pollPeriod(Converters.standardConverter().convert(properties).to(DevicesConfig.class));
            return Optional.empty();
        } catch (IllegalArgumentException | ConversionException e) {
            return Optional.of(e.getMessage());
        }
    }
}
