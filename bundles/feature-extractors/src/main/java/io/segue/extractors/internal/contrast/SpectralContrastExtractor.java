package io.segue.extractors.internal.contrast;

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
 * The {@link SpectralContrast} extractor as a service: id {@value #ID}, one output {@code contrast} of
 * {@value #BANDS} values in dB with librosa's defaults (6 octaves above 200 Hz, quantile 0.02), read from the shared
 * magnitude spectrum.
 *
 * <p>{@link #createProcessor} refuses formats the bands do not fit: a sample rate of 12800 Hz or less (the top band
 * starts at 6400 Hz, which must lie below Nyquist), or a window so short that a band would hold fewer than 2 bins
 * (at 22050 Hz, windows below 256 samples).
 */
@Component(service = FeatureExtractor.class)
@FeatureId(SpectralContrastExtractor.ID)
public final class SpectralContrastExtractor implements FeatureExtractor {

    static final String ID = "spectral-contrast";

    /** Values per frame: the first band (0 to 200 Hz) and the six octaves above it. */
    static final int BANDS = SpectralContrast.DEFAULT_OCTAVES + 1;

    private static final ExtractorDescriptor DESCRIPTOR = new ExtractorDescriptor(ID, "Spectral contrast", "1",
            "How far spectral peaks stand above valleys in each of seven octave bands.",
            List.of(new OutputDescriptor("contrast", "Contrast", "dB", BANDS, 0.0, Double.POSITIVE_INFINITY,
                    "Per band (0-200, 200-400, 400-800, 800-1600, 1600-3200, 3200-6400 Hz, 6400 Hz-Nyquist, bins "
                            + "as librosa spectral_contrast picks them): 10 log10 of the mean of the top 2 % of the "
                            + "band's Hann-windowed magnitudes minus 10 log10 of the mean of the bottom 2 % (at "
                            + "least one bin each), both floored at 1e-10, no top_db clipping; 0 dB for silence.")),
            Set.of(InputDomain.MAGNITUDE_SPECTRUM), 0);

    @Override
    public ExtractorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * @throws IllegalArgumentException when the bands do not fit {@code format}; the message says which and why
     */
    @Override
    public FeatureProcessor createProcessor(AnalysisFormat format) {
        Objects.requireNonNull(format, "format");
        SpectralContrast contrast;
        try {
            contrast = SpectralContrast.withDefaults(format.sampleRateHz(), format.windowSize());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("extractor '" + ID + "' cannot work at " + format + ": "
                    + e.getMessage(), e);
        }
        return new SpectralContrastProcessor(ID, format.spectrumSize(), contrast);
    }
}
