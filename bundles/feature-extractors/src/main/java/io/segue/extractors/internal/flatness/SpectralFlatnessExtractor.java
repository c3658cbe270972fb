package io.segue.extractors.internal.flatness;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.FeatureId;
import io.segue.extractors.internal.ScalarExtractor;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * The {@link SpectralFlatness} extractor as a service: id {@value #ID}, one output {@code flatness} in (0, 1] read
 * from the shared magnitude spectrum, with librosa's floor {@link SpectralFlatness#DEFAULT_AMIN} on the power.
 */
@Component(service = FeatureExtractor.class)
@FeatureId(SpectralFlatnessExtractor.ID)
public final class SpectralFlatnessExtractor extends ScalarExtractor {

    static final String ID = "spectral-flatness";

    private static final ExtractorDescriptor DESCRIPTOR = new ExtractorDescriptor(ID, "Spectral flatness", "1",
            "How noise-like the window's spectrum is: 1 for a flat spectrum, near 0 for a pure tone.",
            List.of(new OutputDescriptor("flatness", "Flatness", "", 1, 0.0, 1.0,
                    "Geometric over arithmetic mean of the power spectrum max(1e-10, |X(k)|^2) of the Hann-windowed "
                            + "window (librosa spectral_flatness); 1 for an all-zero spectrum, every bin being at "
                            + "the floor.")),
            Set.of(InputDomain.MAGNITUDE_SPECTRUM), 0);

    public SpectralFlatnessExtractor() {
        super(DESCRIPTOR, (magnitudes, format) -> SpectralFlatness.flatness(magnitudes, 0, magnitudes.length,
                SpectralFlatness.DEFAULT_AMIN));
    }
}
