package io.segue.extractors.internal.rolloff;

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
 * The {@link SpectralRolloff} extractor as a service: id {@value #ID}, one output {@code rolloff} in Hz at librosa's
 * default fraction {@value #FRACTION}, read from the shared magnitude spectrum.
 *
 * <p>The output's {@code maxValue} is {@link Double#POSITIVE_INFINITY} because the descriptor does not depend on the
 * format; the values never exceed the Nyquist frequency, {@code sampleRateHz / 2}.
 */
@Component(service = FeatureExtractor.class)
@FeatureId(SpectralRolloffExtractor.ID)
public final class SpectralRolloffExtractor extends ScalarExtractor {

    static final String ID = "spectral-rolloff";

    /** The share of the total magnitude below the roll-off frequency: librosa's {@code roll_percent} default. */
    static final double FRACTION = 0.85;

    private static final ExtractorDescriptor DESCRIPTOR = new ExtractorDescriptor(ID, "Spectral roll-off", "1",
            "The frequency below which 85 % of the window's spectral magnitude lies.",
            List.of(new OutputDescriptor("rolloff", "Roll-off", "Hz", 1, 0.0, Double.POSITIVE_INFINITY,
                    "f(j) of the first bin j where |X(0)| + ... + |X(j)| >= 0.85 * sum(|X(k)|) over the "
                            + "Hann-windowed magnitude spectrum (librosa spectral_rolloff); 0 Hz for an all-zero "
                            + "spectrum.")),
            Set.of(InputDomain.MAGNITUDE_SPECTRUM), 0);

    public SpectralRolloffExtractor() {
        super(DESCRIPTOR, (magnitudes, format) -> SpectralRolloff.rolloffHz(magnitudes, 0, magnitudes.length,
                format.binFrequencyHz(1), FRACTION));
    }
}
