package io.segue.extractors.internal.key;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.FeatureId;
import io.segue.extractors.internal.ProcessorChecks;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link KeyEstimator} as a service: id {@value #ID}, outputs {@code key} and {@code strength} over the
 * configured window, {@code file-key} and {@code file-strength} so far. Configuration PID {@value KeyConfig#PID};
 * a new configuration re-creates the component, and so its processors.
 *
 * <p>{@code historyFrames} is the window at the default framing (22050 Hz, hop 512); the so-far outputs depend on
 * every frame since the stream began, through twelve running sums.
 */
@Component(service = FeatureExtractor.class, configurationPid = KeyConfig.PID)
@Designate(ocd = KeyConfig.class)
@FeatureId(KeyExtractor.ID)
public final class KeyExtractor implements FeatureExtractor {

    static final String ID = "key";

    private static final int VALUES = 4;

    private final double windowSeconds;
    private final ExtractorDescriptor descriptor;

    /**
     * @throws IllegalArgumentException when {@code windowSeconds} is outside 2..600
     */
    @Activate
    public KeyExtractor(KeyConfig config) {
        this.windowSeconds = validWindowSeconds(config.windowSeconds());
        String window = "over the last " + windowSeconds + " s";
        String rule = "NaN (none) until one whole window has passed, when fewer than a quarter of a window's frames "
                + "are tonal (RMS >= -60 dBFS, peaks holding >= 10 % of the weighted power), when the summed "
                + "chroma's (max - min) / max < 0.25 "
                + "or when it spans fewer than 3 effective pitch classes ((sum c)^2 / sum c^2)";
        this.descriptor = new ExtractorDescriptor(ID, "Musical key", "1",
                "The major or minor key: the averaged chroma of the spectral peaks standing 10 dB above their "
                        + "neighbourhood (100 Hz..5 kHz), correlated with harmonic Krumhansl-Kessler key templates.",
                List.of(new OutputDescriptor("key", "Key", "", 1, 0, 23,
                        "MusicalKey index (0..11 major C..B, 12..23 minor) of the template best correlated with "
                                + "the tonal chroma " + window + "; " + rule + "."),
                        new OutputDescriptor("strength", "Key strength", "", 1, 0, 1,
                                "The key's Pearson correlation with the chroma " + window
                                        + ", clamped to 0..1; 0 when the key is none."),
                        new OutputDescriptor("file-key", "File key (so far)", "", 1, 0, 23,
                                "As key, over all frames so far (since the stream or file began): the last frame "
                                        + "of a file carries the file's key; " + rule + "."),
                        new OutputDescriptor("file-strength", "File key strength (so far)", "", 1, 0, 1,
                                "As strength, for file-key: over all frames so far.")),
                Set.of(InputDomain.WAVEFORM, InputDomain.MAGNITUDE_SPECTRUM),
                (int) Math.ceil(windowSeconds * 22050 / 512));
    }

    static double validWindowSeconds(double windowSeconds) {
        if (!(windowSeconds >= KeyConfig.MIN_WINDOW_SECONDS && windowSeconds <= KeyConfig.MAX_WINDOW_SECONDS)) {
            throw new IllegalArgumentException(KeyConfig.PID + ": windowSeconds must be in "
                    + KeyConfig.MIN_WINDOW_SECONDS + ".." + KeyConfig.MAX_WINDOW_SECONDS + " seconds, was "
                    + windowSeconds);
        }
        return windowSeconds;
    }

    @Override
    public ExtractorDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public FeatureProcessor createProcessor(AnalysisFormat format) {
        return new Processor(Objects.requireNonNull(format, "format"), windowSeconds);
    }

    private static final class Processor implements FeatureProcessor {

        private final int windowSize;
        private final int spectrumSize;
        private final KeyEstimator estimator;

        Processor(AnalysisFormat format, double windowSeconds) {
            this.windowSize = format.windowSize();
            this.spectrumSize = format.spectrumSize();
            this.estimator = new KeyEstimator(format, windowSeconds);
        }

        @Override
        public void process(AnalysisFrame frame, float[] values) {
            float[] samples = ProcessorChecks.requireLength(frame.samples(), windowSize, ID, "samples");
            float[] magnitudes = ProcessorChecks.requireLength(frame.magnitudes(), spectrumSize, ID, "magnitudes");
            ProcessorChecks.requireValues(values, VALUES, ID);
            estimator.process(samples, magnitudes);
            values[0] = estimator.windowKey();
            values[1] = estimator.windowStrength();
            values[2] = estimator.fileKey();
            values[3] = estimator.fileStrength();
        }

        @Override
        public void reset() {
            estimator.reset();
        }
    }
}
