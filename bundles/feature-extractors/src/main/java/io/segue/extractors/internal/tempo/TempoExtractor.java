package io.segue.extractors.internal.tempo;

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
import io.segue.extractors.internal.onset.OnsetStrength;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Tempo and beats as a service: id {@value #ID}. Per frame: {@link OnsetStrength} (full band and low band) feeds a
 * {@link TempoEstimator}, updated every 0.2 s, and a {@link BeatTracker} on the envelope {@code strength +
 * lowStrength} (kick and snare weigh more than hats in placing the beat).
 *
 * <p>Beat times are compensated as the onsets of {@code io.segue.extractors.internal.onset.OnsetExtractor} are: a beat
 * on frame {@code tau} is reported at {@code OnsetStrength.ATTACK_OFFSET_WINDOWS} of a window after that frame's start.
 * After a break in the stream ({@link FrameContinuity}) the window, the beat phase and the onset reference start
 * over; the "so far" tempogram keeps what it has.
 *
 * <p>{@code historyFrames}: the window in frames at the default framing ({@link #DEFAULT_FRAMES_PER_SECOND}); the
 * descriptor does not know the format the processors will run at, and at any format the window is
 * {@code windowSeconds}.
 *
 * <p>Configuration {@value TempoConfig#PID}: the BPM range and the window; an invalid value fails activation with an
 * {@link IllegalArgumentException} naming the key, the value and the allowed range.
 */
@Component(service = FeatureExtractor.class, configurationPid = TempoConfig.PID)
@Designate(ocd = TempoConfig.class)
@FeatureId(TempoExtractor.ID)
public final class TempoExtractor implements FeatureExtractor {

    static final String ID = "tempo";

    /** Seconds between re-estimates of the tempo. */
    static final double UPDATE_SECONDS = 0.2;

    /**
     * Frames per second of the default framing (22050 Hz, hop 512), in which {@code historyFrames} is stated: the
     * descriptor is made before any format is known.
     */
    static final double DEFAULT_FRAMES_PER_SECOND = 22050.0 / 512;

    private final double minBpm;
    private final double maxBpm;
    private final double windowSeconds;
    private final ExtractorDescriptor descriptor;

    @Activate
    public TempoExtractor(TempoConfig config) {
        this.minBpm = config.minBpm();
        this.maxBpm = config.maxBpm();
        this.windowSeconds = config.windowSeconds();
        String pid = TempoConfig.PID;
        if (!(minBpm >= 30 && minBpm <= 300)) {
            throw new IllegalArgumentException(pid + ": minBpm must be in 30..300, was " + minBpm);
        }
        if (!(maxBpm >= 30 && maxBpm <= 300)) {
            throw new IllegalArgumentException(pid + ": maxBpm must be in 30..300, was " + maxBpm);
        }
        if (!(minBpm < maxBpm)) {
            throw new IllegalArgumentException(
                    pid + ": minBpm must be below maxBpm, was minBpm " + minBpm + ", maxBpm " + maxBpm);
        }
        double shortest = 2 * 60 / minBpm / 0.7;
        if (!(windowSeconds >= 3 && windowSeconds <= 30 && windowSeconds >= shortest)) {
            throw new IllegalArgumentException(pid + ": windowSeconds must be in " + Math.max(3, shortest)
                    + "..30 for minBpm " + minBpm + " (two slowest beats in 70 % of it), was " + windowSeconds);
        }
        int history = (int) Math.round(windowSeconds * DEFAULT_FRAMES_PER_SECOND);
        String range = (int) minBpm + ".." + (int) maxBpm + " BPM";
        this.descriptor = new ExtractorDescriptor(ID, "Tempo and beats", "1",
                "The tempo in BPM over the last " + windowSeconds + " s and over the whole stream, and the beats.",
                List.of(new OutputDescriptor("bpm", "Tempo", "BPM", 1, minBpm, maxBpm,
                        "The beat rate over the last " + windowSeconds + " s in " + range
                                + ": the onset envelope's autocorrelation comb, octave chosen by the low band's half-beat support "
                                + "and the sixteenth-note hat rule; NaN when none (silence, noise, too little audio)."),
                        new OutputDescriptor("confidence", "Tempo confidence", "", 1, 0.0, 1.0,
                                "Mean correlation of the onset envelope with itself 1..4 beats later at the chosen "
                                        + "tempo, clamped to 0..1; 0 when there is no tempo."),
                        new OutputDescriptor("beat", "Beat", "s", 1, Double.NEGATIVE_INFINITY,
                                Double.POSITIVE_INFINITY,
                                "Event: seconds from this frame's start to a beat reported at this frame (the onset "
                                        + "nearest the beat predicted one period after the last), NaN if none."),
                        new OutputDescriptor("file-bpm", "Tempo so far", "BPM", 1, minBpm, maxBpm,
                                "So far: the tempo, as bpm, of the mean tempogram of the windows that had a tempo "
                                        + "since the stream or file began (beatless windows are left out); NaN "
                                        + "when none."),
                        new OutputDescriptor("file-confidence", "Tempo confidence so far", "", 1, 0.0, 1.0,
                                "So far: the confidence of file-bpm, as confidence, over the mean tempogram of "
                                        + "the windows that had a tempo, times their share of the windows with "
                                        + "sound; 0 when none.")),
                Set.of(InputDomain.MAGNITUDE_SPECTRUM), history);
    }

    @Override
    public ExtractorDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Processor createProcessor(AnalysisFormat format) {
        return new Processor(Objects.requireNonNull(format, "format"), minBpm, maxBpm, windowSeconds);
    }

    /**
     * The tempo processor; public so that a composing extractor (energy) can read the regularity of the beats it
     * reports.
     */
    public static final class Processor implements FeatureProcessor {

        private final AnalysisFormat format;
        private final OnsetStrength strength;
        private final TempoEstimator estimator;
        private final BeatTracker tracker;
        private final int updateFrames;
        private final FrameContinuity continuity;
        private long frames;

        private Processor(AnalysisFormat format, double minBpm, double maxBpm, double windowSeconds) {
            this.format = format;
            this.strength = new OnsetStrength(format.sampleRateHz(), format.windowSize(), format.hopSize());
            this.estimator = new TempoEstimator(format.framesPerSecond(), minBpm, maxBpm, windowSeconds);
            this.tracker = new BeatTracker(estimator.maxPeriodFrames() * 1.05, format.framesPerSecond());
            this.updateFrames = (int) Math.max(1, Math.round(UPDATE_SECONDS * format.framesPerSecond()));
            this.continuity = new FrameContinuity(format.windowSize(), format.hopSize());
        }

        @Override
        public void process(AnalysisFrame frame, float[] values) {
            float[] magnitudes = ProcessorChecks.requireLength(frame.magnitudes(), format.spectrumSize(), ID,
                    "magnitudes");
            ProcessorChecks.requireValues(values, 5, ID);
            if (!continuity.next(frame.startSample())) {
                strength.reset();
                estimator.clearWindow();
                tracker.reset();
                frames = 0;
            }
            strength.process(magnitudes);
            estimator.push(strength.strength(), strength.lowStrength());
            if (++frames % updateFrames == 0) {
                estimator.update();
            }
            double age = tracker.push(strength.strength() + strength.lowStrength(), estimator.periodFrames());
            values[0] = (float) estimator.bpm();
            values[1] = (float) estimator.confidence();
            values[2] = OnsetStrength.eventOffsetSeconds(format, age);
            values[3] = (float) estimator.fileBpm();
            values[4] = (float) estimator.fileConfidence();
        }

        /**
         * How far the recent beats are from one period apart: {@link BeatTracker#beatDeviation()}, NaN before enough
         * beats.
         */
        public double beatDeviation() {
            return tracker.beatDeviation();
        }

        @Override
        public void reset() {
            strength.reset();
            estimator.reset();
            tracker.reset();
            continuity.reset();
            frames = 0;
        }
    }
}
