package io.segue.library.internal.store;

import io.segue.api.config.ConfigurationCheck;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.util.converter.ConversionException;
import org.osgi.util.converter.Converters;

/** The library's rules (a file named, import threads 0..256), for a change before it is made. */
@Component(property = ConfigurationCheck.PID + "=" + LibraryConfig.PID)
public final class LibraryConfigurationCheck implements ConfigurationCheck {

    @Override
    public Optional<String> problem(String pid, Map<String, Object> properties) {
        try {
            LibraryDatabase.validate(Converters.standardConverter().convert(properties).to(LibraryConfig.class));
            return Optional.empty();
        } catch (IllegalArgumentException | ConversionException e) {
            return Optional.of(e.getMessage());
        }
    }
}
