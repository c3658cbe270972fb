package io.segue.stream.internal.pipeline;

import io.segue.api.config.ConfigurationCheck;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.util.converter.ConversionException;
import org.osgi.util.converter.Converters;

/** The pipeline's rules (a power-of-two window, a hop no longer than it), for a change before it is made. */
@Component(property = ConfigurationCheck.PID + "=" + PipelineConfig.PID)
public final class PipelineConfigurationCheck implements ConfigurationCheck {

    @Override
    public Optional<String> problem(String pid, Map<String, Object> properties) {
        try {
            PipelineSettings.of(Converters.standardConverter().convert(properties).to(PipelineConfig.class));
            return Optional.empty();
        } catch (IllegalArgumentException | ConversionException e) {
            return Optional.of(e.getMessage());
        }
    }
}
