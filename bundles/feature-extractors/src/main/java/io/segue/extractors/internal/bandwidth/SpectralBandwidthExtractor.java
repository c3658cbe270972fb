package io.segue.extractors.internal.bandwidth;

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
 * The {@link SpectralBandwidth} extractor as a service: id {@value #ID}, one output {@code bandwidth} in Hz read from
 * the shared magnitude spectrum.
 *
 * <p>The output's {@code maxValue} is {@link Double#POSITIVE_INFINITY} because the descriptor does not depend on the
 * format; the values never exceed half the Nyquist frequency, {@code sampleRateHz / 4}.
 */
@Component(service = FeatureExtractor.class)
@FeatureId(SpectralBandwidthExtractor.ID)
public final class SpectralBandwidthExtractor extends ScalarExtractor {

    static final String ID = "spectral-bandwidth";

    private static final ExtractorDescriptor DESCRIPTOR = new ExtractorDescriptor(ID, "Spectral bandwidth", "1",
            "How widely the window's spectrum spreads around its centroid.",
            List.of(new OutputDescriptor("bandwidth", "Bandwidth", "Hz", 1, 0.0, Double.POSITIVE_INFINITY,
                    "sqrt(sum(|X(k)| * (f(k) - centroid)^2) / sum(|X(k)|)) over the Hann-windowed magnitude "
                            + "spectrum (librosa spectral_bandwidth, p = 2); 0 Hz for an all-zero spectrum.")),
            Set.of(InputDomain.MAGNITUDE_SPECTRUM), 0);

    public SpectralBandwidthExtractor() {
        super(DESCRIPTOR, (magnitudes, format) -> SpectralBandwidth.bandwidthHz(magnitudes, 0, magnitudes.length,
                format.binFrequencyHz(1)));
    }
}
