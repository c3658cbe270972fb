package io.segue.extractors.internal.chroma;

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
import org.osgi.service.component.annotations.Component;

/**
 * The {@link Chroma} extractor as a service: id {@value #ID}, outputs {@code chroma} (12 values, C..B) and
 * {@code tuning} (semitones), read from the shared magnitude spectrum.
 *
 * <p>{@code historyFrames} is the tuning estimate's memory at the default framing (22050 Hz, hop 512): three time
 * constants (30 s), after which a frame's votes weigh less than 5 %; the chroma itself depends on earlier frames
 * only through the tuning.
 */
@Component(service = FeatureExtractor.class)
@FeatureId(ChromaExtractor.ID)
public final class ChromaExtractor implements FeatureExtractor {

    static final String ID = "chroma";

    private static final int VALUES = Chroma.PITCH_CLASSES + 1;

    private static final ExtractorDescriptor DESCRIPTOR = new ExtractorDescriptor(ID, "Chroma", "1",
            "The energy of each of the 12 pitch classes in the window, with the stream's running tuning estimate.",
            List.of(new OutputDescriptor("chroma", "Chroma", "", Chroma.PITCH_CLASSES, 0.0, 1.0,
                    "C, C#, ... B: the power spectrum through librosa's chroma filter bank (Gaussian bumps per pitch "
                            + "class, octave weighting centred on A5 with 2 octaves half-width) at the current "
                            + "tuning, divided by its largest value; all 0 on silence."),
                    new OutputDescriptor("tuning", "Tuning", "semitones", 1, -0.5, 0.5,
                            "The reference pitch's deviation from A440, -0.5 .. 0.5: the fullest cent of a "
                                    + "histogram of the spectral peaks' deviations from the semitone grid, votes "
                                    + "fading with a 10 s time constant; 0 until a peak is seen.")),
            Set.of(InputDomain.MAGNITUDE_SPECTRUM), 1292);

    @Override
    public ExtractorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public FeatureProcessor createProcessor(AnalysisFormat format) {
        return new Processor(Objects.requireNonNull(format, "format"));
    }

    private static final class Processor implements FeatureProcessor {

        private final int spectrumSize;
        private final Chroma chroma;

        Processor(AnalysisFormat format) {
            this.spectrumSize = format.spectrumSize();
            this.chroma = new Chroma(format);
        }

        @Override
        public void process(AnalysisFrame frame, float[] values) {
            float[] magnitudes = ProcessorChecks.requireLength(frame.magnitudes(), spectrumSize, ID, "magnitudes");
            ProcessorChecks.requireValues(values, VALUES, ID);
            chroma.process(magnitudes, values, 0);
            values[Chroma.PITCH_CLASSES] = (float) chroma.tuningSemitones();
        }

        @Override
        public void reset() {
            chroma.reset();
        }
    }
}
