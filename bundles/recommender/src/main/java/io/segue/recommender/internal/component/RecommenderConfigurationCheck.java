package io.segue.recommender.internal.component;

import io.segue.api.config.ConfigurationCheck;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.util.converter.ConversionException;
import org.osgi.util.converter.Converters;

/** The recommender's rules (weights in range, not all of them 0), for a change before it is made. */
@Component(property = ConfigurationCheck.PID + "=" + RecommenderConfig.PID)
public final class RecommenderConfigurationCheck implements ConfigurationCheck {

    @Override
    public Optional<String> problem(String pid, Map<String, Object> properties) {
        try {
            RecommenderSettings.of(Converters.standardConverter().convert(properties).to(RecommenderConfig.class));
            return Optional.empty();
        } catch (IllegalArgumentException | ConversionException e) {
            return Optional.of(e.getMessage());
        }
    }
}
