package io.segue.extractors.internal.loudness;

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
 * EBU R 128 loudness as a service: id {@value #ID}, outputs {@code momentary}, {@code short-term} and
 * {@code integrated} in LUFS and {@code range} in LU, measured by a {@link LoudnessMeter} on the waveform.
 *
 * <p>The pipeline hands a mono downmix; it is measured as dual mono (the mono signal counted on both channels of a
 * stereo pair), so that a programme whose two channels are identical reads what a stereo BS.1770 meter reads. For
 * wide stereo the downmix {@code (L + R) / 2} loses energy: two uncorrelated channels of equal level read 3 dB low,
 * and out-of-phase content reads lower still.
 *
 * <p>{@code historyFrames} is the short-term window at the default framing (3 s at 22050 Hz, hop 512: 130 frames);
 * {@code integrated} and {@code range} are "so far" outputs kept in fixed-size histograms.
 */
@Component(service = FeatureExtractor.class)
@FeatureId(LoudnessExtractor.ID)
public final class LoudnessExtractor implements FeatureExtractor {

    static final String ID = "loudness";

    private static final ExtractorDescriptor DESCRIPTOR = new ExtractorDescriptor(ID, "Loudness (EBU R 128)", "1",
            "ITU-R BS.1770-4 / EBU R 128 loudness of the stream read as dual mono: momentary, short-term, "
                    + "integrated and loudness range.",
            List.of(new OutputDescriptor("momentary", "Momentary loudness", "LUFS", 1, Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY,
                    "-0.691 + 10 log10(2 * mean square of the K-weighted samples) over the last 400 ms (ending at "
                            + "the last 20 ms step); -infinity for digital silence, NaN before 400 ms of signal."),
                    new OutputDescriptor("short-term", "Short-term loudness", "LUFS", 1, Double.NEGATIVE_INFINITY,
                            Double.POSITIVE_INFINITY,
                            "As momentary over the last 3 s; -infinity for digital silence, NaN before 3 s "
                                    + "of signal."),
                    new OutputDescriptor("integrated", "Integrated loudness so far", "LUFS", 1, -70.0,
                            Double.POSITIVE_INFINITY,
                            "BS.1770-4 gated loudness of everything so far: 400 ms blocks every 100 ms, absolute "
                                    + "gate -70 LUFS, relative gate -10 LU; NaN until a block passes the gates."),
                    new OutputDescriptor("range", "Loudness range so far", "LU", 1, 0.0, 80.0,
                            "EBU Tech 3342 loudness range of everything so far: 95th minus 10th percentile of "
                                    + "the 3 s loudness every 100 ms above -70 LUFS and 20 LU below their mean; "
                                    + "NaN until such a value exists.")),
            Set.of(InputDomain.WAVEFORM), 130);

    @Override
    public ExtractorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * @throws IllegalArgumentException when the sample rate is 3364 Hz or less: the K-weighting's shelf (1682 Hz)
     *                                  must lie below Nyquist
     */
    @Override
    public FeatureProcessor createProcessor(AnalysisFormat format) {
        return new LoudnessProcessor(Objects.requireNonNull(format, "format"));
    }
}
