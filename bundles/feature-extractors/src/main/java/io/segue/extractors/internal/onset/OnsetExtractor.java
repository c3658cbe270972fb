package io.segue.extractors.internal.onset;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.FeatureId;
import io.segue.extractors.internal.FrameContinuity;
import io.segue.extractors.internal.ProcessorChecks;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * Onsets as a service: id {@value #ID}, the {@link OnsetStrength} envelope and the onsets {@link OnsetDetector} picks
 * from it, placed where the attack is in the audio, then the envelope of the kick band alone ({@code low-strength},
 * appended last in version 2 so that the earlier outputs keep their positions).
 *
 * <p>Delay compensation: the detector confirms a peak of frame {@code p} at frame {@code p + 1} (one frame of
 * look-ahead, refined to a fraction of a frame), and the strength of an attack peaks in the frame whose window holds
 * the attack {@link OnsetStrength#ATTACK_OFFSET_WINDOWS} of a window after its first sample. The reported time,
 * relative to the reporting frame's start, is therefore
 * {@code (ATTACK_OFFSET_WINDOWS * windowSize - age * hopSize) / sampleRateHz} seconds, {@code age} being the
 * detector's age of the peak in frames. After a break in the stream ({@link FrameContinuity}: a start that is not
 * one hop after the previous frame's) both start over.
 */
@Component(service = FeatureExtractor.class)
@FeatureId(OnsetExtractor.ID)
public final class OnsetExtractor implements FeatureExtractor {

    static final String ID = "onset";

    /** Frames the values depend on at the default framing: the detector's 2 s level over three time constants. */
    static final int HISTORY_FRAMES = 259;

    private static final int VALUES = 3;

    private static final ExtractorDescriptor DESCRIPTOR = new ExtractorDescriptor(ID, "Onsets", "2",
            "Note and drum onsets: the onset strength envelope and the onsets picked from it.",
            List.of(new OutputDescriptor("strength", "Onset strength", "", 1, 0.0, Double.POSITIVE_INFINITY,
                    "Mean over the bins up to 11025 Hz of the rise of ln(1 + 1000 |X| / (windowSize/4)) over the "
                            + "previous frame's three-bin maximum (log spectral flux with a frequency maximum "
                            + "filter); >= 0."),
                    new OutputDescriptor("onset", "Onset", "s", 1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                            "Event: seconds from this frame's start to an onset confirmed at this frame (a peak of "
                                    + "the strength above its 0.1 s mean by an adaptive margin, at least 30 ms after "
                                    + "the previous one, compensated for the detector's delay), NaN if none."),
                    new OutputDescriptor("low-strength", "Low-band onset strength", "", 1, 0.0,
                            Double.POSITIVE_INFINITY, "The strength over the bins up to 150 Hz only: kick drum and "
                                    + "bass attacks, not the snare's body; >= 0.")),
            Set.of(InputDomain.MAGNITUDE_SPECTRUM), HISTORY_FRAMES);

    @Override
    public ExtractorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public FeatureProcessor createProcessor(AnalysisFormat format) {
        return new Processor(Objects.requireNonNull(format, "format"));
    }

    private static final class Processor implements FeatureProcessor {

        private final AnalysisFormat format;
        private final OnsetStrength strength;
        private final OnsetDetector detector;
        private final FrameContinuity continuity;

        Processor(AnalysisFormat format) {
            this.format = format;
            this.strength = new OnsetStrength(format.sampleRateHz(), format.windowSize(), format.hopSize());
            this.detector = new OnsetDetector(format.framesPerSecond());
            this.continuity = new FrameContinuity(format.windowSize(), format.hopSize());
        }

        @Override
        public void process(AnalysisFrame frame, float[] values) {
            float[] magnitudes = ProcessorChecks.requireLength(frame.magnitudes(), format.spectrumSize(), ID,
                    "magnitudes");
            ProcessorChecks.requireValues(values, VALUES, ID);
            if (!continuity.next(frame.startSample())) {
                strength.reset();
                detector.reset();
            }
            strength.process(magnitudes);
            double age = detector.push(strength.strength());
            values[0] = (float) strength.strength();
            values[1] = OnsetStrength.eventOffsetSeconds(format, age);
            values[2] = (float) strength.kickStrength();
        }

        @Override
        public void reset() {
            strength.reset();
            detector.reset();
            continuity.reset();
        }
    }
}
