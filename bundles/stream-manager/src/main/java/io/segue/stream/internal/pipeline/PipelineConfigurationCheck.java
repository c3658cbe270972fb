package io.segue.stream.internal.pipeline;

import io.segue.api.config.ConfigurationCheck;
import io.segue.stream.internal.config.ConfigAnnotations;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/** The pipeline's rules (a power-of-two window, a hop no longer than it), for a change before it is made. */
@Component(property = ConfigurationCheck.PID + "=" + PipelineConfig.PID)
public final class PipelineConfigurationCheck implements ConfigurationCheck {

    @Override
    public Optional<String> problem(String pid, Map<String, Object> properties) {
        try {
            PipelineSettings.of(ConfigAnnotations.of(PipelineConfig.class, properties));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
