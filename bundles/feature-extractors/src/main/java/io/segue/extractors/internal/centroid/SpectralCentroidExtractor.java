package io.segue.extractors.internal.centroid;

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
 * The {@link SpectralCentroid} extractor as a service: id {@value #ID}, one output {@code centroid} in Hz read from
 * the shared magnitude spectrum.
 *
 * <p>The output's {@code maxValue} is {@link Double#POSITIVE_INFINITY} because the descriptor does not depend on the
 * format; the values never exceed the Nyquist frequency, {@code sampleRateHz / 2}.
 */
@Component(service = FeatureExtractor.class)
@FeatureId(SpectralCentroidExtractor.ID)
public final class SpectralCentroidExtractor extends ScalarExtractor {

    static final String ID = "spectral-centroid";

    private static final ExtractorDescriptor DESCRIPTOR = new ExtractorDescriptor(ID, "Spectral centroid", "1",
            "The magnitude-weighted mean frequency of the window's spectrum: its brightness.",
            List.of(new OutputDescriptor("centroid", "Centroid", "Hz", 1, 0.0, Double.POSITIVE_INFINITY,
                    "sum(f(k) * |X(k)|) / sum(|X(k)|) over the Hann-windowed magnitude spectrum, "
                            + "0 .. sampleRateHz/2; 0 Hz for an all-zero spectrum.")),
            Set.of(InputDomain.MAGNITUDE_SPECTRUM), 0);

    public SpectralCentroidExtractor() {
        super(DESCRIPTOR, (magnitudes, format) -> SpectralCentroid.centroidHz(magnitudes, 0, magnitudes.length,
                format.binFrequencyHz(1)));
    }
}
