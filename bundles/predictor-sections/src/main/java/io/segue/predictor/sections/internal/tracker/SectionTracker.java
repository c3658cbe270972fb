package io.segue.predictor.sections.internal.tracker;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.predictor.sections.internal.layout.FeatureLayout;
import io.segue.predictor.sections.internal.layout.FeatureLayout.Input;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Follows the sections of a dance track as its feature frames arrive, causally: the groove, a breakdown (a sudden
 * fall of the momentary loudness), a build-up (bars that grow brighter, louder or busier than the breakdown) and the
 * drop (the groove's loudness, brightness and spectral flux back at once). Plain Java, no OSGi.
 *
 * <p><b>The groove</b> is learnt while the music is full: a level that follows the momentary loudness up quickly
 * and down slowly, and the mean log centroid and flux of those frames. It is the reference a drop must return to.
 *
 * <p><b>A breakdown</b> is reported when the momentary loudness stays {@code breakdownFallDb} below the groove's
 * level for a quarter of a second; its time is the last moment the stream was within 2 dB of the groove, moved to
 * the nearest beat of the groove's {@link BeatGrid} (fitted to the tempo extractor's last 32 beats) when there is
 * one. That time is the <em>anchor</em>: bars and phrases are counted from it on that grid (during a breakdown of
 * pads the tempo usually goes away, and a snare roll's beats are not to be trusted).
 *
 * <p><b>A build-up</b> is a bar, after the breakdown's quietest, whose mean centroid is {@code buildupOctaves}
 * higher, or whose mean loudness is 3 dB higher, or which has twice the onsets plus two. Dance music moves in
 * phrases of {@code phraseBars} bars: the drop is expected at the first phrase boundary (counted from the anchor) at
 * least half a phrase after the build-up began. A {@link PredictionKind#BUILDUP} prediction with that time is made
 * when the build-up is found and again at every bar; when the expected time passes without a drop, the next phrase
 * boundary is expected instead (a longer build-up).
 *
 * <p><b>A drop</b> is reported when, after a breakdown, the momentary loudness comes back within
 * {@code dropMarginDb} of the groove's level while the centroid is within half an octave of the groove's and the
 * flux at least 60 % of it; its time is when that texture came back (the loudness meter's 400 ms window lags), moved
 * to the nearest beat of the anchor's grid when that is within 0.3 beat (the texture test lags by about a window).
 *
 * <p>Inputs it cannot read (an extractor missing) are left out of the tests above; without momentary loudness
 * nothing is reported, without a tempo no build-up is announced.
 *
 * <p>Not thread-safe: one thread at a time, as the predictor host calls.
 */
public final class SectionTracker {

    private enum Section {
        GROOVE, BREAKDOWN, BUILDUP
    }

    /** Loudness of digital silence, as a finite number. */
    private static final double FLOOR_LUFS = -70;
    /** Time constants of the groove's level: up fast, down slow. */
    private static final double LEVEL_UP_SECONDS = 2;
    private static final double LEVEL_DOWN_SECONDS = 8;
    /** Time constant of the groove's texture (centroid, flux). */
    private static final double TEXTURE_SECONDS = 4;
    /** Time constant of the fast centroid and flux that the drop test reads. */
    private static final double FAST_SECONDS = 0.08;
    /** How long the groove must have been heard before a fall counts as a breakdown. */
    private static final double MIN_GROOVE_SECONDS = 4;
    /** How long the loudness must stay low for a breakdown. */
    private static final double FALL_HOLD_SECONDS = 0.25;
    /** How long the drop's conditions must hold. */
    private static final double DROP_HOLD_SECONDS = 0.07;
    /** A tempo below this confidence is not used for bars. */
    private static final double MIN_TEMPO_CONFIDENCE = 0.3;
    /** Bar length when there is no tempo: bars still structure the build-up test, but nothing is announced. */
    private static final double FALLBACK_BAR_SECONDS = 2;
    /** How long the groove's texture must be absent before its return can mark a drop. */
    private static final double TEXTURE_GONE_SECONDS = 0.3;
    /** How far, in beats, the drop's texture time may be moved to the beat grid. */
    private static final double GRID_SNAP_BEATS = 0.3;

    private final String predictorId;
    private final SectionSettings settings;

    // what the frames said
    private double previousStart;
    private double frameSeconds;
    private double fastLogCentroid;
    private double fastFlux;
    private double periodSeconds;
    private double tempoConfidence;
    private final BeatGrid grid = new BeatGrid();
    /** The groove's grid, fitted at the breakdown; null without one. */
    private BeatGrid.Fit anchorGrid;

    // the groove
    private Section section;
    private double grooveLevel;
    private double grooveLogCentroid;
    private double grooveFlux;
    private double grooveSeconds;
    private double lastFullSeconds;
    private double fallSince;

    // the breakdown and build-up, bars counted from the anchor
    private double anchorSeconds;
    private double barSeconds;
    private boolean barsFromTempo;
    private int currentBar;
    private double barEnergy;
    private double barLogCentroid;
    private int barCentroids;
    private int barFrames;
    private int barOnsets;
    private double baseLoudness;
    private double baseLogCentroid;
    private int baseOnsets;
    private int buildupStartBar;
    private int dropBar;
    private int extensions;
    private double dropTextureSince;
    private double textureGoneSince;
    private double dropSince;

    public SectionTracker(String predictorId, SectionSettings settings) {
        this.predictorId = Objects.requireNonNull(predictorId, "predictorId");
        this.settings = Objects.requireNonNull(settings, "settings");
        reset();
    }

    /** Forgets the stream so far. */
    public void reset() {
        previousStart = Double.NaN;
        frameSeconds = Double.NaN;
        fastLogCentroid = Double.NaN;
        fastFlux = Double.NaN;
        periodSeconds = Double.NaN;
        tempoConfidence = 0;
        grid.clear();
        anchorGrid = null;
        section = Section.GROOVE;
        grooveLevel = Double.NaN;
        grooveLogCentroid = Double.NaN;
        grooveFlux = Double.NaN;
        grooveSeconds = 0;
        lastFullSeconds = Double.NaN;
        fallSince = Double.NaN;
        dropTextureSince = Double.NaN;
        textureGoneSince = Double.NaN;
        dropSince = Double.NaN;
    }

    /**
     * Takes in the next frame (in stream order) and emits what it now reports.
     *
     * @param layout where the frame's values are
     */
    public void observe(FeatureFrame frame, FeatureLayout layout, Consumer<Prediction> out) {
        double t = frame.startSeconds();
        if (!Double.isNaN(previousStart)) {
            if (t < previousStart) {
                reset(); // time went back: another stream
            } else if (t > previousStart) {
                frameSeconds = Double.isNaN(frameSeconds) ? t - previousStart
                        : Math.min(frameSeconds, t - previousStart);
            }
        }
        previousStart = t;
        double dt = Double.isNaN(frameSeconds) ? 0 : frameSeconds;
        readTempo(t, layout.read(frame, Input.BPM), layout.read(frame, Input.TEMPO_CONFIDENCE),
                layout.read(frame, Input.BEAT));
        double onset = layout.read(frame, Input.ONSET);
        if (Double.isFinite(onset) && section != Section.GROOVE) {
            barOnsets++;
        }
        double centroid = layout.read(frame, Input.CENTROID);
        fastLogCentroid = smooth(fastLogCentroid, centroid > 0 ? log2(centroid) : Double.NaN, dt, FAST_SECONDS);
        fastFlux = smooth(fastFlux, layout.read(frame, Input.FLUX), dt, FAST_SECONDS);
        double loudness = layout.read(frame, Input.MOMENTARY_LOUDNESS);
        if (Double.isNaN(loudness)) {
            return;
        }
        loudness = Math.max(FLOOR_LUFS, loudness);
        if (section == Section.GROOVE) {
            groove(t, dt, loudness, out);
        } else {
            afterBreakdown(t, loudness, out);
        }
    }

    private void readTempo(double t, double bpm, double confidence, double beat) {
        if (!(bpm > 0) || !(confidence >= MIN_TEMPO_CONFIDENCE)) {
            return;
        }
        periodSeconds = 60 / bpm;
        tempoConfidence = confidence;
        if (Double.isFinite(beat) && section == Section.GROOVE) {
            grid.add(t + beat);
        }
    }

    // --- the groove ---------------------------------------------------------------------------------------------

    private void groove(double t, double dt, double loudness, Consumer<Prediction> out) {
        if (Double.isNaN(grooveLevel)) {
            grooveLevel = loudness;
            lastFullSeconds = t;
            return;
        }
        if (loudness >= grooveLevel - settings.breakdownFallDb()) {
            grooveLevel = smooth(grooveLevel, loudness, dt,
                    loudness > grooveLevel ? LEVEL_UP_SECONDS : LEVEL_DOWN_SECONDS);
            grooveLogCentroid = smooth(grooveLogCentroid, fastLogCentroid, dt, TEXTURE_SECONDS);
            grooveFlux = smooth(grooveFlux, fastFlux, dt, TEXTURE_SECONDS);
            grooveSeconds += dt;
            if (loudness >= grooveLevel - 2) {
                lastFullSeconds = t;
            }
            fallSince = Double.NaN;
            return;
        }
        if (Double.isNaN(fallSince)) {
            fallSince = t;
        }
        if (t - fallSince >= FALL_HOLD_SECONDS && grooveSeconds >= MIN_GROOVE_SECONDS) {
            breakdown(t, loudness, out);
        }
    }

    private void breakdown(double t, double loudness, Consumer<Prediction> out) {
        anchorGrid = grid.fit(periodSeconds);
        anchorSeconds = anchorGrid == null ? lastFullSeconds : anchorGrid.nearestBeat(lastFullSeconds);
        barsFromTempo = anchorGrid != null || !Double.isNaN(periodSeconds);
        barSeconds = anchorGrid != null ? 4 * anchorGrid.periodSeconds()
                : barsFromTempo ? 4 * periodSeconds : FALLBACK_BAR_SECONDS;
        section = Section.BREAKDOWN;
        currentBar = Integer.MIN_VALUE;
        baseLoudness = Double.NaN;
        baseLogCentroid = Double.NaN;
        baseOnsets = Integer.MAX_VALUE;
        buildupStartBar = -1;
        dropTextureSince = Double.NaN;
        textureGoneSince = Double.NaN;
        dropSince = Double.NaN;
        startBar(Integer.MIN_VALUE);
        double fall = grooveLevel - loudness;
        out.accept(new Prediction(predictorId, PredictionKind.BREAKDOWN, anchorSeconds, fall, "",
                clamp01(fall / (2 * settings.breakdownFallDb())), t));
    }

    // --- after a breakdown: bars, the build-up, the drop ----------------------------------------------------------

    private void afterBreakdown(double t, double loudness, Consumer<Prediction> out) {
        if (!barsFromTempo && !Double.isNaN(periodSeconds)) {
            // no tempo before the breakdown: the first one heard sets the bars from here on
            barsFromTempo = true;
            barSeconds = 4 * periodSeconds;
        }
        int bar = (int) Math.floor((t - anchorSeconds) / barSeconds);
        if (bar != currentBar) {
            if (currentBar >= 0) {
                closeBar(currentBar, t, out);
            }
            startBar(bar);
        }
        barEnergy += Math.pow(10, loudness / 10);
        barFrames++;
        if (!Double.isNaN(fastLogCentroid)) {
            barLogCentroid += fastLogCentroid;
            barCentroids++;
        }
        if (section == Section.BUILDUP && barsFromTempo && t > barTime(dropBar) + barSeconds / 4) {
            // the phrase ended without a drop: the build-up runs to the next one
            dropBar += settings.phraseBars();
            extensions++;
            announce(t, out);
        }
        if (dropped(t, loudness)) {
            double time = dropTime(dropTextureSince);
            out.accept(new Prediction(predictorId, PredictionKind.DROP, time, loudness - baseLoudnessOr(loudness),
                    "", dropConfidence(), t));
            section = Section.GROOVE;
            fallSince = Double.NaN;
            lastFullSeconds = t;
            grid.clear();
        }
    }

    private void startBar(int bar) {
        currentBar = bar;
        barEnergy = 0;
        barLogCentroid = 0;
        barCentroids = 0;
        barFrames = 0;
        barOnsets = 0;
    }

    private void closeBar(int bar, double t, Consumer<Prediction> out) {
        if (barFrames == 0) {
            return;
        }
        double loudness = 10 * Math.log10(Math.max(barEnergy / barFrames, 1e-7));
        double logCentroid = barCentroids == 0 ? Double.NaN : barLogCentroid / barCentroids;
        if (section == Section.BUILDUP) {
            announce(t, out);
            return;
        }
        boolean first = Double.isNaN(baseLoudness);
        boolean rising = !first && (logCentroid - baseLogCentroid >= settings.buildupOctaves()
                || loudness - baseLoudness >= 3 || barOnsets >= 2 * baseOnsets + 2);
        if (!rising) {
            baseLoudness = first ? loudness : Math.min(baseLoudness, loudness);
            baseLogCentroid = Double.isNaN(baseLogCentroid) ? logCentroid
                    : Math.min(baseLogCentroid, logCentroid);
            baseOnsets = Math.min(baseOnsets, barOnsets);
            return;
        }
        section = Section.BUILDUP;
        buildupStartBar = bar;
        int phrase = settings.phraseBars();
        int earliest = bar + phrase / 2;
        dropBar = ((earliest + phrase - 1) / phrase) * phrase;
        extensions = 0;
        announce(t, out);
    }

    /** A {@link PredictionKind#BUILDUP} prediction: the drop at the start of bar {@link #dropBar}. */
    private void announce(double t, Consumer<Prediction> out) {
        if (!barsFromTempo) {
            return;
        }
        double target = barTime(dropBar);
        if (target <= t) {
            return;
        }
        double barsLeft = (target - t) / barSeconds;
        double progress = clamp01((t - barTime(buildupStartBar)) / (target - barTime(buildupStartBar)));
        double confidence = (0.4 + 0.2 * clamp01(tempoConfidence) + 0.3 * progress) * Math.pow(0.7, extensions);
        out.accept(new Prediction(predictorId, PredictionKind.BUILDUP, target, barsLeft, "", clamp01(confidence),
                t));
    }

    private double barTime(int bar) {
        return anchorSeconds + bar * barSeconds;
    }

    private boolean dropped(double t, double loudness) {
        boolean brightnessBack = Double.isNaN(grooveLogCentroid) || Double.isNaN(fastLogCentroid)
                || Math.abs(fastLogCentroid - grooveLogCentroid) <= 0.5;
        boolean fluxBack = Double.isNaN(grooveFlux) || Double.isNaN(fastFlux) || fastFlux >= 0.6 * grooveFlux;
        if (brightnessBack && fluxBack) {
            textureGoneSince = Double.NaN;
            if (Double.isNaN(dropTextureSince)) {
                dropTextureSince = t;
            }
        } else {
            // the flux of a groove dips between its hits: only a longer absence counts as the texture gone
            textureGoneSince = Double.isNaN(textureGoneSince) ? t : textureGoneSince;
            if (t - textureGoneSince >= TEXTURE_GONE_SECONDS) {
                dropTextureSince = Double.NaN;
            }
        }
        if (Double.isNaN(dropTextureSince) || loudness < grooveLevel - settings.dropMarginDb()) {
            dropSince = Double.NaN;
            return false;
        }
        if (Double.isNaN(dropSince)) {
            dropSince = t;
        }
        return t - dropSince >= DROP_HOLD_SECONDS;
    }

    /**
     * The drop's time: when its texture came back, moved to the nearest beat of the tempo extractor's grid if one is
     * that close (the texture test lags the first kick by about a window).
     */
    private double dropTime(double textureSeconds) {
        if (anchorGrid == null) {
            return textureSeconds;
        }
        double onGrid = anchorGrid.nearestBeat(textureSeconds);
        return Math.abs(onGrid - textureSeconds) <= GRID_SNAP_BEATS * anchorGrid.periodSeconds() ? onGrid
                : textureSeconds;
    }

    private double dropConfidence() {
        int cues = 1 + (Double.isNaN(grooveLogCentroid) ? 0 : 1) + (Double.isNaN(grooveFlux) ? 0 : 1);
        return cues / 3.0 * (section == Section.BUILDUP ? 1.0 : 0.8);
    }

    private double baseLoudnessOr(double fallback) {
        return Double.isNaN(baseLoudness) ? fallback : baseLoudness;
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** One step of an exponential moving average; NaN values are skipped, the first value starts it. */
    private static double smooth(double average, double value, double dt, double timeConstantSeconds) {
        if (Double.isNaN(value)) {
            return average;
        }
        if (Double.isNaN(average) || dt <= 0) {
            return value;
        }
        return average + (1 - Math.exp(-dt / timeConstantSeconds)) * (value - average);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static double clamp01(double x) {
        return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
    }
}
