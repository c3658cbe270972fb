package io.segue.predictor.beat.internal.tracking;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.api.predict.TrackCue;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Turns feature frames into beat and downbeat predictions: feeds a {@link BeatGrid} with the tempo extractor's tempo
 * and beat events (or, while a library track's {@link #cue} is in force, with the onsets near the cue's grid) and
 * announces each next beat of the grid once, when it is {@code leadBeats} of a period ahead of the frame; a beat that
 * the {@link BarTracker} holds for the bar's first, with confidence at least {@value #MIN_DOWNBEAT_CONFIDENCE}, is
 * announced a second time as a downbeat. A slow beat that {@link DoubleTime} finds to be half the beat is doubled.
 * Plain Java, no allocation per frame (only the predictions); one caller at a time.
 *
 * <p>Frame layout (the {@code tempo} extractor's outputs, in its descriptor's order): {@value #BPM} is the tempo in
 * BPM (NaN when none), {@value #BEAT} a beat event as seconds from the frame's start (NaN when none). The frame does
 * not carry descriptors, so the positions are fixed here; a test checks them against the real extractor's descriptor
 * ids ({@code bpm}, {@code beat}). A frame without tempo values, or with too few, counts as a frame without a tempo.
 * The onset extractor's {@code low-strength} ({@value #LOW_STRENGTH}, from its version 2; 0 when absent) and the
 * {@code chroma} extractor's 12 values (none when absent) are read the same way. Two timings assume the default
 * framing (2048 samples at 22050 Hz): {@link #ATTACK_SECONDS} and {@link BarTracker#FRAME_CENTRE_SECONDS}.
 *
 * <p>When: the prediction of a beat is made at the first frame whose start lies at most {@code leadBeats} periods
 * before it ({@code madeAtSeconds} is that frame's start; the newest sample of the frame is one analysis window
 * later). A beat is announced once and never revised; beats are announced only while the grid has a tempo and both beat
 * events and onsets keep coming (the last of each within {@value #STALE_PERIODS} periods): the tempo extractor keeps
 * its beat going through a silence as long as its window holds music, the forecaster does not. Frames may be missing
 * (a bounded queue dropped them): the grid runs on stream time. A frame earlier than the one before starts over, as
 * {@link #reset()} does (a new stream began).
 */
public final class BeatForecaster {

    /** The tempo extractor's id. */
    public static final String TEMPO = "tempo";

    /** The onset extractor's id. */
    public static final String ONSET = "onset";

    /** Position of the onset extractor's {@code strength} output. */
    public static final int STRENGTH = 0;

    /** Position of the onset extractor's {@code onset} output (an event: seconds from the frame's start, or NaN). */
    public static final int ONSET_EVENT = 1;

    /**
     * Position of the onset extractor's {@code low-strength} output (version 2 on; a frame of version 1 has none and
     * reads as 0).
     */
    public static final int LOW_STRENGTH = 2;

    /** The chroma extractor's id; its first 12 values are the chroma (C..B). */
    public static final String CHROMA = "chroma";

    /** A downbeat is announced with its beat when the bar's position is known with at least this confidence. */
    public static final double MIN_DOWNBEAT_CONFIDENCE = 0.6;

    /** The smallest kick-band strength of a kick's peak: a kick reads 0.4-0.5, a snare 0.15, a hat nothing. */
    public static final double MIN_KICK_PEAK = 0.2;

    /**
     * Where an attack lies after the start of the frame in which its onset strength peaks, at the default framing:
     * the onset extractor's 0.66 of a 2048-sample window at 22050 Hz.
     */
    public static final double ATTACK_SECONDS = 0.66 * 2048 / 22050;

    /** Position of the tempo extractor's {@code bpm} output. */
    public static final int BPM = 0;

    /** Position of the tempo extractor's {@code beat} output. */
    public static final int BEAT = 2;

    /** Beats are announced only while the last beat event is at most this many periods old. */
    public static final double STALE_PERIODS = 4;

    /** Onset-grid estimates in a row that must agree before the grid takes a new tempo from them. */
    public static final int ONSET_ESTIMATES_TO_ADOPT = 3;

    /**
     * A beat less than this many seconds after the frame's start is not announced: the frame's newest sample lies one
     * analysis window after its start (93 ms at the default 2048 samples at 22050 Hz), so the beat would be announced
     * after it sounded. It happens only when the grid has just jumped.
     */
    public static final double MIN_LEAD_SECONDS = 0.1;

    /**
     * While a cue is in force, a tempo estimate (folded by octaves) further than this from the cue's tempo is another
     * track's or a wrong one: ignored.
     */
    public static final double CUE_TEMPO_RANGE = 0.09;

    /** Seconds of tempo estimates unrelated to the cue's after which it is given up (a track played without one). */
    public static final double CUE_RELEASE_SECONDS = 12;

    /** An onset-grid period further than this from the grid's (a pitched track) replaces it at once. */
    public static final double RETUNE_SHARE = 0.01;

    /** Two announced beats are at least this share of a period apart (a grid jump does not announce twice). */
    private static final double MIN_SPACING_SHARE = 0.5;

    private final String predictorId;
    private final double leadBeats;
    private final BeatGrid grid = new BeatGrid();
    private final OnsetGrid onsets = new OnsetGrid();
    private final BarTracker bars = new BarTracker();
    private final DoubleTime doubleTime = new DoubleTime();
    /** Whether the grid runs at twice the tempo extractor's tempo ({@link DoubleTime}). */
    private boolean doubledApplied;
    /** Whether the tempo extractor has had a tempo since the last reset or loss. */
    private boolean tempoKnown;
    private double onsetPeriodSeconds = Double.NaN;
    private double lastOnsetSeconds = Double.NaN;
    private double lastFrameSeconds = Double.NEGATIVE_INFINITY;
    private double previousFrameSeconds = Double.NEGATIVE_INFINITY;
    private int onsetEstimates;
    /** The onset strength of the last two frames, newest first. */
    private final double[] recentStrength = new double[2];
    /** The kick-band onset strength of the last two frames, newest first. */
    private final double[] recentLow = new double[2];
    private double lastAnnouncedSeconds = Double.NaN;
    /** The period of the cue in force, NaN when none. */
    private double cuePeriodSeconds = Double.NaN;
    private double unrelatedSinceSeconds = Double.NaN;

    /**
     * @param predictorId the id the predictions carry
     * @param leadBeats   how far ahead a beat is announced, in periods, in (0, 2]
     */
    public BeatForecaster(String predictorId, double leadBeats) {
        if (!(leadBeats > 0 && leadBeats <= 2)) {
            throw new IllegalArgumentException("leadBeats must be in (0, 2], was " + leadBeats);
        }
        this.predictorId = predictorId;
        this.leadBeats = leadBeats;
    }

    /** Takes the next frame and emits the beat it now announces, if any. */
    public void observe(FeatureFrame frame, Consumer<Prediction> out) {
        double now = frame.startSeconds();
        if (!Double.isFinite(now)) {
            return;
        }
        if (now < lastFrameSeconds) {
            // stream time went back: a new stream began without a reset
            reset();
        }
        previousFrameSeconds = lastFrameSeconds;
        lastFrameSeconds = now;
        float[] onset = frame.values(ONSET);
        float[] tempo = frame.values(TEMPO);
        double bpm = tempo != null && tempo.length > BEAT ? tempo[BPM] : Double.NaN;
        double onsetSeconds = Double.NaN;
        double onsetLow = 0;
        double kickPeakSeconds = Double.NaN;
        double kickPeakStrength = 0;
        if (onset != null && onset.length > ONSET_EVENT) {
            double strength = Float.isFinite(onset[STRENGTH]) ? onset[STRENGTH] : 0;
            double low = onset.length > LOW_STRENGTH && Float.isFinite(onset[LOW_STRENGTH]) ? onset[LOW_STRENGTH] : 0;
            // the onset extractor confirms a peak a frame or so after it: its strength is in the frames before
            double peak = Math.max(strength, Math.max(recentStrength[0], recentStrength[1]));
            double lowPeak = Math.max(low, Math.max(recentLow[0], recentLow[1]));
            recentStrength[1] = recentStrength[0];
            recentStrength[0] = strength;
            kickPeakSeconds = kickPeak(now, low);
            kickPeakStrength = recentLow[0];
            recentLow[1] = recentLow[0];
            recentLow[0] = low;
            if (Float.isFinite(onset[ONSET_EVENT])) {
                onsetSeconds = now + onset[ONSET_EVENT];
                lastOnsetSeconds = onsetSeconds;
                onsets.onset(onsetSeconds, peak, lowPeak);
                onsetLow = lowPeak;
            }
        }
        if (!Double.isNaN(cuePeriodSeconds)) {
            followCue(now, bpm, tempo, onsetSeconds);
        } else if (bpm > 0 && Double.isFinite(bpm)) {
            double beatBpm = doubleTime.doubled() && bpm <= DoubleTime.MAX_SLOW_BPM ? 2 * bpm : bpm;
            if (!tempoKnown || doubleTime.doubled() != doubledApplied) {
                tempoKnown = true;
                doubledApplied = doubleTime.doubled();
                grid.adopt(beatBpm, now);
            } else {
                grid.tempo(beatBpm, now);
            }
            if (Float.isFinite(tempo[BEAT])) {
                grid.beat(now + tempo[BEAT]);
            }
        } else {
            if (tempoKnown) {
                // the tempo was lost (silence, noise, a break in the stream): start over
                tempoKnown = false;
                grid.reset();
                doubleTime.reset();
                doubledApplied = false;
            }
            if (!Double.isNaN(onsetSeconds) && onsets.estimate(now) && steadyOnsetTempo(onsets.periodSeconds())) {
                grid.adopt(60 / onsets.periodSeconds(), now);
                if (onsets.onGrid(onsetSeconds)) {
                    grid.beat(onsetSeconds);
                }
            }
        }
        bars.frame(now, frame.values(CHROMA), grid);
        if (!grid.locked()) {
            return;
        }
        if (!Double.isNaN(onsetSeconds)) {
            bars.onset(onsetSeconds, onsetLow, grid);
        }
        if (!Double.isNaN(kickPeakSeconds) && Double.isNaN(cuePeriodSeconds)) {
            doubleTime.onset(kickPeakSeconds, kickPeakStrength, grid);
        }
        double period = grid.periodSeconds();
        double lastEvent = grid.lastEventSeconds();
        if (Double.isNaN(lastEvent) || now - lastEvent > STALE_PERIODS * period
                || !(now - lastOnsetSeconds <= STALE_PERIODS * period)) {
            return;
        }
        double soonest = now + MIN_LEAD_SECONDS;
        double from = Double.isNaN(lastAnnouncedSeconds) ? soonest
                : Math.max(soonest, lastAnnouncedSeconds + MIN_SPACING_SHARE * period);
        double next = grid.nextBeatAfter(from);
        if (next - now <= leadBeats * period) {
            lastAnnouncedSeconds = next;
            out.accept(new Prediction(predictorId, PredictionKind.BEAT, next, 60 / period, "", grid.confidence(),
                    now));
            double barConfidence = bars.confidence();
            if (barConfidence >= MIN_DOWNBEAT_CONFIDENCE && bars.isDownbeat(next, period)) {
                out.accept(new Prediction(predictorId, PredictionKind.DOWNBEAT, next, 60 / period, "", barConfidence,
                        now));
            }
        }
    }

    /**
     * Starts from a library track's beat grid: the grid takes its tempo and phase at once, and then follows the
     * onsets near it (within {@link OnsetGrid#PITCH_RANGE} of its tempo, the phase moving only for clearly stronger
     * onsets) and the tempo extractor's estimates folded by octaves onto it, until another cue, a reset or
     * {@value #CUE_RELEASE_SECONDS} s of estimates unrelated to it. A cue without a grid changes nothing.
     */
    public void cue(TrackCue cue) {
        if (!cue.hasGrid()) {
            return;
        }
        double period = 60 / cue.bpm();
        grid.cue(period, cue.beatSeconds(0));
        bars.cue(cue.beatSeconds(0));
        onsets.forgetBefore(cue.startSeconds() - OnsetGrid.SIGMA_SECONDS);
        cuePeriodSeconds = period;
        unrelatedSinceSeconds = Double.NaN;
        tempoKnown = false;
        doubleTime.reset();
        doubledApplied = false;
        onsetEstimates = 0;
        onsetPeriodSeconds = Double.NaN;
        lastOnsetSeconds = Double.isNaN(lastOnsetSeconds) ? cue.startSeconds()
                : Math.max(lastOnsetSeconds, cue.startSeconds());
    }

    private void followCue(double now, double bpm, float[] tempo, double onsetSeconds) {
        if (bpm > 0 && Double.isFinite(bpm)) {
            double folded = foldOntoCue(bpm);
            if (Math.abs(folded * cuePeriodSeconds / 60 - 1) <= CUE_TEMPO_RANGE) {
                unrelatedSinceSeconds = Double.NaN;
                // its beats are not taken: for a window after the cue they are partly the previous track's
                if (Math.abs(folded * grid.periodSeconds() / 60 - 1) <= BeatGrid.TEMPO_FOLLOW) {
                    grid.tempo(folded, now);
                }
            } else if (Double.isNaN(unrelatedSinceSeconds)) {
                unrelatedSinceSeconds = now;
            } else if (now - unrelatedSinceSeconds >= CUE_RELEASE_SECONDS) {
                cuePeriodSeconds = Double.NaN;
                unrelatedSinceSeconds = Double.NaN;
                grid.reset();
                return;
            }
        }
        double period = grid.periodSeconds();
        if (!Double.isNaN(onsetSeconds) && onsets.estimateNear(now, cuePeriodSeconds,
                grid.nextBeatAfter(onsetSeconds - 0.5 * period), period)) {
            if (Math.abs(onsets.periodSeconds() / period - 1) > RETUNE_SHARE) {
                grid.retune(onsets.periodSeconds());
            }
            if (onsets.onGrid(onsetSeconds)) {
                grid.beat(onsetSeconds);
            }
        }
    }

    /** {@code bpm} times the power of two that brings it nearest the cue's tempo. */
    private double foldOntoCue(double bpm) {
        double cueBpm = 60 / cuePeriodSeconds;
        double folded = bpm;
        while (folded < cueBpm / Math.sqrt(2)) {
            folded *= 2;
        }
        while (folded > cueBpm * Math.sqrt(2)) {
            folded /= 2;
        }
        return folded;
    }

    /**
     * The attack time of a kick whose kick-band strength peaked in the previous frame (a local maximum of at least
     * {@value #MIN_KICK_PEAK}, refined by a parabola), NaN when there is none. The onset detector misses a kick right
     * after a snare or among hats often; the kick band alone does not.
     */
    private double kickPeak(double now, double low) {
        double peak = recentLow[0];
        double before = recentLow[1];
        double hop = lastFrameSeconds - previousFrameSeconds;
        if (!(peak >= MIN_KICK_PEAK && peak > before && peak >= low) || !(hop > 0 && hop < 1)) {
            return Double.NaN;
        }
        double denominator = before - 2 * peak + low;
        double offset = denominator < 0 ? 0.5 * (before - low) / denominator : 0;
        return previousFrameSeconds + offset * hop + ATTACK_SECONDS;
    }

    /**
     * Whether the onset grid's period has stayed within {@link BeatGrid#TEMPO_FOLLOW} of itself for
     * {@value #ONSET_ESTIMATES_TO_ADOPT} estimates (or the grid has no period yet): the first grid flips between
     * metrical levels while the window fills, and each flip would cost the grid its phase.
     */
    private boolean steadyOnsetTempo(double period) {
        if (!Double.isNaN(onsetPeriodSeconds) && Math.abs(period / onsetPeriodSeconds - 1) <= BeatGrid.TEMPO_FOLLOW) {
            onsetEstimates++;
        } else {
            onsetEstimates = 1;
        }
        onsetPeriodSeconds = period;
        return Double.isNaN(grid.periodSeconds()) || onsetEstimates >= ONSET_ESTIMATES_TO_ADOPT;
    }

    /** Forgets the stream so far. */
    public void reset() {
        grid.reset();
        onsets.reset();
        bars.reset();
        doubleTime.reset();
        doubledApplied = false;
        tempoKnown = false;
        onsetPeriodSeconds = Double.NaN;
        lastOnsetSeconds = Double.NaN;
        lastFrameSeconds = Double.NEGATIVE_INFINITY;
        previousFrameSeconds = Double.NEGATIVE_INFINITY;
        onsetEstimates = 0;
        Arrays.fill(recentStrength, 0);
        Arrays.fill(recentLow, 0);
        lastAnnouncedSeconds = Double.NaN;
        cuePeriodSeconds = Double.NaN;
        unrelatedSinceSeconds = Double.NaN;
    }
}
