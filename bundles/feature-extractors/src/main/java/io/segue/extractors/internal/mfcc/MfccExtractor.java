package io.segue.extractors.internal.mfcc;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.FeatureId;
import io.segue.extractors.internal.mel.MelFilterBank;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link Mfcc} extractor as a service: id {@value #ID}, one output {@code mfcc} of {@code coefficients} values
 * (20 by default) read from the shared magnitude spectrum. Configured by PID {@value MfccConfig#PID}; without a
 * configuration it is librosa's default preset. A configuration change re-creates the component, so the descriptor
 * (whose output size follows the configuration) stays constant for the life of each service.
 *
 * <p>{@link #createProcessor} refuses a format whose window is too short for the mel bands: at least one band would
 * contain no spectrum bin and read the floor forever (44100 Hz needs a window of 1024 or more for 128 bands).
 */
@Component(service = FeatureExtractor.class, configurationPid = MfccConfig.PID)
@Designate(ocd = MfccConfig.class)
@FeatureId(MfccExtractor.ID)
public final class MfccExtractor implements FeatureExtractor {

    static final String ID = "mfcc";
    static final String OUTPUT = "mfcc";

    private final MfccSettings settings;
    private final ExtractorDescriptor descriptor;

    /** librosa's default preset. */
    public MfccExtractor() {
        this.settings = MfccSettings.LIBROSA;
        this.descriptor = describe(settings);
    }

    /**
     * @throws IllegalArgumentException when the configuration is out of range; the message names the key, its value
     *                                  and the allowed range
     */
    @Activate
    public MfccExtractor(MfccConfig config) {
        this.settings = MfccSettings.of(config);
        this.descriptor = describe(settings);
    }

    private static ExtractorDescriptor describe(MfccSettings settings) {
        String preset = settings.coefficients() + " coefficients of " + settings.melBands() + " Slaney mel bands, "
                + "top_db " + settings.topDb();
        return new ExtractorDescriptor(ID, "MFCC", "1",
                "Mel-frequency cepstral coefficients of the window's spectrum as librosa.feature.mfcc ("
                        + (settings.isLibrosaDefault() ? "its defaults: " : "custom preset: ") + preset
                        + "): the shape of its spectral envelope.",
                List.of(new OutputDescriptor(OUTPUT, "MFCC", "dB", settings.coefficients(),
                        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                        "Orthonormal DCT-II (first " + settings.coefficients() + " terms) of the "
                                + settings.melBands() + " Slaney-normalised mel bands of |X|^2 in dB "
                                + "(10 log10 max(power, 1e-10), floored " + settings.topDb()
                                + " dB below this frame's loudest band); c0 = sqrt(" + settings.melBands()
                                + ") x the mean band level, -100 x sqrt(" + settings.melBands()
                                + ") for silence.")),
                Set.of(InputDomain.MAGNITUDE_SPECTRUM), 0);
    }

    @Override
    public ExtractorDescriptor descriptor() {
        return descriptor;
    }

    /**
     * @throws IllegalArgumentException when some mel band of the format's spectrum would contain no bin
     */
    @Override
    public FeatureProcessor createProcessor(AnalysisFormat format) {
        Objects.requireNonNull(format, "format");
        MelFilterBank bank = MelFilterBank.forFormat(format, settings.melBands());
        int empty = bank.emptyBands();
        if (empty > 0) {
            throw new IllegalArgumentException("extractor '" + ID + "': a window of " + format.windowSize()
                    + " samples at " + format.sampleRateHz() + " Hz is too short for " + settings.melBands()
                    + " mel bands (" + empty + " of them contain no spectrum bin); use a longer window or fewer "
                    + "melBands");
        }
        return new MfccProcessor(format, new Mfcc(bank, settings.coefficients(), settings.topDb()));
    }
}
