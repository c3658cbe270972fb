package io.segue.deploy.internal.component;

import io.segue.api.config.ConfigurationCheck;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/** The deploy folder's rules, for a change before it is made (segue:config set). */
@Component(property = ConfigurationCheck.PID + "=" + DeployConfig.PID)
public final class DeployConfigurationCheck implements ConfigurationCheck {

    @Override
    public Optional<String> problem(String pid, Map<String, Object> properties) {
        try {
            DeploySettings.of(properties);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
