package io.segue.deploy.internal.component;

import io.segue.api.config.ConfigurationCheck;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.util.converter.ConversionException;
import org.osgi.util.converter.Converters;

/** The deploy folder's rules, for a change before it is made (segue:config set). */
@Component(property = ConfigurationCheck.PID + "=" + DeployConfig.PID)
public final class DeployConfigurationCheck implements ConfigurationCheck {

    @Override
    public Optional<String> problem(String pid, Map<String, Object> properties) {
        try {
            DeploySettings.of(Converters.standardConverter().convert(properties).to(DeployConfig.class));
            return Optional.empty();
        } catch (IllegalArgumentException | ConversionException e) {
            return Optional.of(e.getMessage());
        }
    }
}
