package io.segue.learner.internal.component;

import io.segue.api.config.ConfigurationCheck;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.util.converter.ConversionException;
import org.osgi.util.converter.Converters;

/** The logistic learner's rules (a learning rate and regularisation in range), for a change before it is made. */
@Component(property = ConfigurationCheck.PID + "=" + LogisticLearnerConfig.PID)
public final class LogisticLearnerConfigurationCheck implements ConfigurationCheck {

    @Override
    public Optional<String> problem(String pid, Map<String, Object> properties) {
        try {
            LogisticSettings.of(Converters.standardConverter().convert(properties).to(LogisticLearnerConfig.class));
            return Optional.empty();
        } catch (IllegalArgumentException | ConversionException e) {
            return Optional.of(e.getMessage());
        }
    }
}
