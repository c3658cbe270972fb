package io.segue.extractors.internal.energy;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.FrameContinuity;
import io.segue.extractors.internal.ProcessorChecks;
import io.segue.extractors.internal.centroid.SpectralCentroid;
import io.segue.extractors.internal.flux.SpectralFluxExtractor;
import io.segue.extractors.internal.loudness.LoudnessExtractor;
import io.segue.extractors.internal.onset.OnsetExtractor;
import io.segue.extractors.internal.tempo.TempoExtractor;
import java.util.Arrays;

/**
 * Energy and danceability of the stream, composed of the processors of other extractors, each run inside this one:
 * {@link LoudnessExtractor}'s (each sample measured once, gaps handled), {@link OnsetExtractor}'s,
 * {@link SpectralFluxExtractor}'s and {@link TempoExtractor}'s, plus {@link SpectralCentroid} per frame. Extractors do
 * not read each other's outputs, so this recomputes the onset strength (twice: the onset and the tempo processors
 * each compute it), the tempogram and the loudness that those extractors compute when they run too.
 *
 * <p>Per frame, over the last {@link EnergyExtractor#WINDOW_SECONDS} s ({@code W} frames, fewer since the start or a
 * gap): the number of onset events reported, the mean spectral flux, and the mean centroid of the frames whose
 * centroid is above 0 Hz (frames with sound); with the short-term loudness (momentary while short-term is not yet
 * defined) they make {@link EnergyScore#energy}. At each beat event of the tempo processor, the regularity of its
 * recent beats ({@link TempoExtractor.Processor#beatDeviation()}) and the current tempo confidence feed
 * {@link Danceability}, whose mean over the beats is the danceability so far.
 *
 * <p>A frame that does not start one hop after the previous one follows a break ({@link FrameContinuity}): the
 * window's rings start over and no
 * beat interval is taken across the gap; the sub-processors handle the gap as they each document.
 */
final class EnergyProcessor implements FeatureProcessor {

    static final int VALUES = 2;

    private static final int MOMENTARY = 0;
    private static final int SHORT_TERM = 1;
    private static final int ONSET_EVENT = 1;
    private static final int BEAT_EVENT = 2;
    private static final int CONFIDENCE = 1;

    private final AnalysisFormat format;
    private final FeatureProcessor loudness;
    private final FeatureProcessor onsets;
    private final FeatureProcessor flux;
    private final TempoExtractor.Processor tempo;
    private final float[] loudnessValues = new float[4];
    private final float[] onsetValues;
    private final float[] fluxValues = new float[1];
    private final float[] tempoValues = new float[5];
    private final double binWidthHz;
    private final double framesPerSecond;
    private final double[] centroids;
    private final double[] fluxes;
    private final boolean[] onsetFrames;
    private final Danceability danceability = new Danceability();
    private int head;
    private int filled;
    private final FrameContinuity continuity;
    private double lufs = Double.NaN;
    private double onsetRate;
    private double centroidHz;
    private double meanFlux;

    EnergyProcessor(AnalysisFormat format, TempoExtractor tempoExtractor) {
        this.format = format;
        this.loudness = new LoudnessExtractor().createProcessor(format);
        OnsetExtractor onsetExtractor = new OnsetExtractor();
        this.onsets = onsetExtractor.createProcessor(format);
        this.onsetValues = new float[onsetExtractor.descriptor().valueCount()];
        this.flux = new SpectralFluxExtractor().createProcessor(format);
        this.tempo = tempoExtractor.createProcessor(format);
        this.binWidthHz = format.binFrequencyHz(1);
        this.framesPerSecond = format.framesPerSecond();
        this.continuity = new FrameContinuity(format.windowSize(), format.hopSize());
        int window = windowFrames(format);
        this.centroids = new double[window];
        this.fluxes = new double[window];
        this.onsetFrames = new boolean[window];
    }

    /** Frames in the energy window at {@code format}: {@link EnergyExtractor#WINDOW_SECONDS} s, at least one. */
    static int windowFrames(AnalysisFormat format) {
        return (int) Math.max(1, Math.round(EnergyExtractor.WINDOW_SECONDS * format.framesPerSecond()));
    }

    @Override
    public void process(AnalysisFrame frame, float[] values) {
        ProcessorChecks.requireValues(values, VALUES, EnergyExtractor.ID);
        ProcessorChecks.requireLength(frame.samples(), format.windowSize(), EnergyExtractor.ID, "samples");
        float[] magnitudes = ProcessorChecks.requireLength(frame.magnitudes(), format.spectrumSize(),
                EnergyExtractor.ID, "magnitudes");
        if (!continuity.next(frame.startSample())) {
            clearWindow();
        }
        loudness.process(frame, loudnessValues);
        onsets.process(frame, onsetValues);
        flux.process(frame, fluxValues);
        tempo.process(frame, tempoValues);

        head = (head + 1) % centroids.length;
        centroids[head] = SpectralCentroid.centroidHz(magnitudes, 0, magnitudes.length, binWidthHz);
        fluxes[head] = fluxValues[0];
        onsetFrames[head] = !Float.isNaN(onsetValues[ONSET_EVENT]);
        filled = Math.min(filled + 1, centroids.length);

        double centroidSum = 0;
        int voiced = 0;
        double fluxSum = 0;
        int onsetCount = 0;
        for (int i = 0; i < filled; i++) {
            int at = (head - i + centroids.length) % centroids.length;
            if (centroids[at] > 0) {
                centroidSum += centroids[at];
                voiced++;
            }
            fluxSum += fluxes[at];
            if (onsetFrames[at]) {
                onsetCount++;
            }
        }
        double shortTerm = loudnessValues[SHORT_TERM];
        lufs = Double.isNaN(shortTerm) ? loudnessValues[MOMENTARY] : shortTerm;
        onsetRate = onsetCount * framesPerSecond / filled;
        centroidHz = voiced > 0 ? centroidSum / voiced : 0;
        meanFlux = fluxSum / filled;
        values[0] = (float) EnergyScore.energy(lufs, onsetRate, centroidHz, meanFlux);

        float beat = tempoValues[BEAT_EVENT];
        if (!Float.isNaN(beat)) {
            danceability.beat(tempo.beatDeviation(), tempoValues[CONFIDENCE]);
        }
        values[1] = (float) danceability.value();
    }

    /** The loudness {@code S} of the last frame's energy, in LUFS. */
    double lufs() {
        return lufs;
    }

    /** The onset rate {@code R} of the last frame's energy, per second. */
    double onsetRate() {
        return onsetRate;
    }

    /** The mean centroid {@code C} of the last frame's energy, in Hz. */
    double centroidHz() {
        return centroidHz;
    }

    /** The mean flux {@code F} of the last frame's energy. */
    double meanFlux() {
        return meanFlux;
    }

    /** The danceability so far. */
    Danceability danceability() {
        return danceability;
    }

    @Override
    public void reset() {
        loudness.reset();
        onsets.reset();
        flux.reset();
        tempo.reset();
        danceability.reset();
        clearWindow();
        continuity.reset();
        lufs = Double.NaN;
        onsetRate = 0;
        centroidHz = 0;
        meanFlux = 0;
    }

    private void clearWindow() {
        Arrays.fill(centroids, 0);
        Arrays.fill(fluxes, 0);
        Arrays.fill(onsetFrames, false);
        head = 0;
        filled = 0;
    }
}
