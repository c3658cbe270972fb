package io.segue.extractors.internal.energy;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.FeatureId;
import io.segue.extractors.internal.tempo.TempoConfig;
import io.segue.extractors.internal.tempo.TempoExtractor;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Energy and danceability as a service: id {@value #ID}, computed by an {@link EnergyProcessor} that runs the
 * loudness, onset, spectral flux and tempo processors inside itself (recomputing their work; see there).
 * {@link EnergyScore} defines {@code energy}, {@link Danceability} defines {@code danceability}.
 *
 * <p>Configuration: none of its own. The inner tempo processor reads the tempo extractor's configuration,
 * {@value TempoConfig#PID} (BPM range and window), so that the beats danceability is judged on are those the
 * {@code tempo} extractor reports; an invalid value fails activation as it does for the tempo extractor.
 *
 * <p>{@code historyFrames}: 259, the onset detector's 2 s level over three time constants at the default framing,
 * longer than the 3 s window (130 frames); {@code danceability} is a "so far" output.
 */
@Component(service = FeatureExtractor.class, configurationPid = TempoConfig.PID)
@FeatureId(EnergyExtractor.ID)
public final class EnergyExtractor implements FeatureExtractor {

    static final String ID = "energy";

    /** The span of the energy measurements, in seconds. */
    static final double WINDOW_SECONDS = 3.0;

    private static final ExtractorDescriptor DESCRIPTOR = new ExtractorDescriptor(ID, "Energy and danceability", "1",
            "How energetic the last few seconds sound, and how danceable the stream has been so far.",
            List.of(new OutputDescriptor("energy", "Energy", "", 1, 0.0, 1.0,
                    "0.5 clamp((S + 40) / 32) + 0.2 (1 - exp(-R / 4)) + 0.15 clamp(log2(C / 250) / 4) "
                            + "+ 0.15 clamp(F / 0.1) over the last 3 s: S short-term loudness in LUFS (momentary "
                            + "before 3 s), R onsets per second, C mean spectral centroid in Hz of the frames with "
                            + "sound, F mean spectral flux; 0 on digital silence, NaN before 400 ms of signal "
                            + "(and of signal after a gap)."),
                    new OutputDescriptor("danceability", "Danceability so far", "", 1, 0.0, 1.0,
                            "So far: the mean over the beats of clamp(1 - D / 0.05) * clamp(c / 0.6), D the median "
                                    + "of |interval / period - 1| over the last 16 beat intervals, c the current "
                                    + "tempo confidence; 0 before 8 beats and without a tempo (silence, noise).")),
            Set.of(InputDomain.WAVEFORM, InputDomain.MAGNITUDE_SPECTRUM), 259);

    private final TempoExtractor tempo;

    /**
     * @param tempoConfig the tempo extractor's configuration ({@value TempoConfig#PID})
     * @throws IllegalArgumentException when it is invalid (naming the key, the value and the allowed range)
     */
    @Activate
    public EnergyExtractor(TempoConfig tempoConfig) {
        this.tempo = new TempoExtractor(tempoConfig);
    }

    @Override
    public ExtractorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * @throws IllegalArgumentException when the sample rate is 3364 Hz or less (the loudness meter's K-weighting) or
     *                                  the window is smaller than 16 samples (the onset strength)
     */
    @Override
    public FeatureProcessor createProcessor(AnalysisFormat format) {
        return new EnergyProcessor(Objects.requireNonNull(format, "format"), tempo);
    }
}
