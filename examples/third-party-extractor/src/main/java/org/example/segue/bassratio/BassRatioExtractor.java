package org.example.segue.bassratio;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link BassRatio} extractor as a service: id {@value #ID}, outputs {@code ratio} and {@code smoothed}, read
 * from the shared magnitude spectrum. Parameters come from PID {@value BassRatioConfig#PID}; without a configuration
 * the defaults hold (a 20..150 Hz band, 1 s smoothing).
 *
 * <p>A configuration change reaches {@link #modified}: the service stays registered, the running processors take the
 * new settings from their next frame. A bad value throws there; SCR logs the message and the previous settings stay
 * in force.
 *
 * <p>{@code historyFrames} is stated for the default smoothing at Segue's default framing (22050 Hz, hop 512): three
 * time constants, 130 frames. The state is two numbers whatever the stream's length.
 */
@Component(service = FeatureExtractor.class, configurationPid = BassRatioConfig.PID,
        property = "segue.feature.id=" + BassRatioExtractor.ID)
@Designate(ocd = BassRatioConfig.class)
public final class BassRatioExtractor implements FeatureExtractor {

    static final String ID = "bass-ratio";

    static final ExtractorDescriptor DESCRIPTOR = new ExtractorDescriptor(ID, "Bass ratio", "1",
            "The share of the window's spectral energy in the bass band (20..150 Hz unless configured by PID "
                    + BassRatioConfig.PID + "), per frame and smoothed.",
            List.of(new OutputDescriptor("ratio", "Bass ratio", "", 1, 0.0, 1.0,
                    "Sum of |X(k)|^2 over the bins with lowHz <= f(k) <= highHz divided by the sum over all bins "
                            + "of the Hann-windowed magnitude spectrum; NaN on digital silence or when no bin lies "
                            + "in the band."),
                    new OutputDescriptor("smoothed", "Smoothed bass ratio", "", 1, 0.0, 1.0,
                            "Band energy over total energy, each an exponential moving average with time constant "
                                    + "smoothingSeconds (1 s unless configured); NaN until something is heard.")),
            Set.of(InputDomain.MAGNITUDE_SPECTRUM), 130);

    private volatile BassRatioSettings settings;

    /** The defaults, outside a framework. */
    public BassRatioExtractor() {
        this.settings = BassRatioSettings.DEFAULTS;
    }

    /**
     * @throws IllegalArgumentException when the configuration is out of range; the message names the key, its range
     *                                  and the value
     */
    @Activate
    public BassRatioExtractor(BassRatioConfig config) {
        this.settings = BassRatioSettings.of(config);
    }

    /**
     * @throws IllegalArgumentException when the new configuration is out of range (SCR logs it; the previous settings
     *                                  stay)
     */
    @Modified
    void modified(BassRatioConfig config) {
        settings = BassRatioSettings.of(config);
    }

    @Override
    public ExtractorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public FeatureProcessor createProcessor(AnalysisFormat format) {
        Objects.requireNonNull(format, "format");
        return new BassRatioProcessor(format, this::settings);
    }

    /** The settings in force. */
    BassRatioSettings settings() {
        return settings;
    }
}
