package io.segue.device.mock.internal.provider;

import io.segue.api.config.ConfigurationCheck;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.util.converter.ConversionException;
import org.osgi.util.converter.Converters;

/** The mock devices' rules (an amplitude in 0..1, an output file named, …), for a change before it is made. */
@Component(property = ConfigurationCheck.PID + "=" + MockDeviceProvider.PID)
public final class MockDeviceConfigurationCheck implements ConfigurationCheck {

    @Override
    public Optional<String> problem(String pid, Map<String, Object> properties) {
        try {
            MockSettings.of(Converters.standardConverter().convert(properties).to(MockDeviceConfig.class));
            return Optional.empty();
        } catch (IllegalArgumentException | ConversionException e) {
            return Optional.of(e.getMessage());
        }
    }
}
