package io.segue.extractors.internal.flux;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.FeatureId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * The {@link SpectralFlux} extractor as a service: id {@value #ID}, one output {@code flux} read from the shared
 * magnitude spectrum of the frame and the one before it ({@code historyFrames} 1).
 */
@Component(service = FeatureExtractor.class)
@FeatureId(SpectralFluxExtractor.ID)
public final class SpectralFluxExtractor implements FeatureExtractor {

    static final String ID = "spectral-flux";

    private static final ExtractorDescriptor DESCRIPTOR = new ExtractorDescriptor(ID, "Spectral flux", "1",
            "How much the shape of the spectrum changed since the previous frame, whatever the loudness.",
            List.of(new OutputDescriptor("flux", "Flux", "", 1, 0.0, Math.sqrt(2.0),
                    "L2 norm of the difference between this and the previous frame's Hann-windowed magnitude "
                            + "spectra, each divided by its sum (an all-zero spectrum stays zero); 0 for the first "
                            + "frame and the first after a gap.")),
            Set.of(InputDomain.MAGNITUDE_SPECTRUM), 1);

    @Override
    public ExtractorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public FeatureProcessor createProcessor(AnalysisFormat format) {
        return new SpectralFluxProcessor(ID, Objects.requireNonNull(format, "format"));
    }
}
