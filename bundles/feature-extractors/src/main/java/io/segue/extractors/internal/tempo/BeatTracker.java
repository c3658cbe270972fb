package io.segue.extractors.internal.tempo;

import io.segue.extractors.internal.FrameRing;
import io.segue.extractors.internal.Peaks;
import io.segue.extractors.internal.SmoothedLevel;

/**
 * Causal beat tracking: given a beat period (from {@link TempoEstimator}) and an onset envelope, predicts each next
 * beat one period after the last and places it where the onsets of the last four periods line up best near the
 * prediction. Plain Java, allocation-free after construction.
 *
 * <p>Definition, per pushed frame {@code t} with envelope value {@code e[t]} and period {@code L} frames:
 * <ol>
 * <li><b>phase</b>: with no beat yet (or after the period was lost), the phase is the offset {@code phi} in
 * {@code [0, L)} maximizing {@code sum over k = 0..3 of e[t - phi - k L]}, the comb over the last four periods; the
 * last beat is put at {@code t - phi} and not reported;</li>
 * <li><b>prediction</b>: the next beat is expected at {@code p = last + L}; once frame {@code p + w} has arrived
 * ({@code w = }{@value #SEARCH_SHARE}{@code  L}), the beat is placed at the offset {@code d} in {@code [-w, w]} (whole
 * frames) maximizing {@code comb(p + d) * (1 - 0.5 (d / w)^2)}, where {@code comb(x) = sum over k = 0..3 of
 * e[x - k L]} (so that the beats of the last four periods vote, not one onset: a hat a sixteenth away does not pull
 * the beat), refined by a parabola through the comb, when the envelope at the chosen frame is at least
 * {@value #MIN_ONSET_SHARE} of its recent mean; otherwise the beat stays at {@code p} (a break keeps the beat
 * going);</li>
 * <li><b>period</b>: a period within {@value #PERIOD_FOLLOW} of the current one is taken at once; a jump further
 * (an octave flip of the tempo estimate) only once it has persisted {@value #PERIOD_CONFIRM_SECONDS} s;</li>
 * <li><b>re-phase</b>: at each beat, if the comb score of the best phase, at least {@value #REPHASE_MIN_SHARE} of a
 * period away, exceeds that of the current beat's phase by
 * {@value #REPHASE_RATIO} times, the tracker jumps to the best phase (it had locked onto off-beats); after a jump
 * it keeps its phase for four beats, the span of the comb.</li>
 * </ol>
 * {@link #push} returns the age in frames of a beat reported at this frame (how far before the newest frame it lies),
 * NaN if none.
 *
 * <p>Regularity: each reported beat's interval to the previous one goes into a {@link BeatIntervals}, judged against
 * the period in force, except an interval that spans a re-phase, the first after the phase was found, and those measured
 * while a different period was pending or just adopted (the tracker was out of step with the music):
 * {@link #beatDeviation()}.
 */
public final class BeatTracker {

    /** Half-width of the search window around a predicted beat, as a share of the period. */
    public static final double SEARCH_SHARE = 0.2;

    /** A beat moves off its prediction only onto a frame whose envelope is at least this share of the recent mean. */
    public static final double MIN_ONSET_SHARE = 1.0;

    /** Re-phasing only jumps to phases at least this share of a period away: it corrects off-beat locks. */
    public static final double REPHASE_MIN_SHARE = 0.35;

    /** The comb score by which another phase must beat the current one to take over. */
    public static final double REPHASE_RATIO = 1.3;

    /** A new period within this ratio of the current one is followed at once. */
    public static final double PERIOD_FOLLOW = 0.08;

    /** Seconds a period further from the current one must persist before the tracker adopts it. */
    public static final double PERIOD_CONFIRM_SECONDS = 1.5;

    private static final int COMB_PERIODS = 4;

    private final FrameRing ring;
    private final double maxPeriod;
    private final SmoothedLevel level;
    private final int confirmFrames;
    private double period = Double.NaN;
    private int pending;
    private int settling;
    private final BeatIntervals intervals = new BeatIntervals();
    private boolean measurable;
    private long frame = -1;
    private double lastBeat = Double.NaN;
    private double nextBeat = Double.NaN;

    /**
     * @param maxPeriodFrames the longest beat period it will be given, in frames
     * @param framesPerSecond envelope frames per second, for the time constant of the envelope's level (2 s)
     */
    public BeatTracker(double maxPeriodFrames, double framesPerSecond) {
        if (!(maxPeriodFrames >= 2)) {
            throw new IllegalArgumentException("maxPeriodFrames must be at least 2, was " + maxPeriodFrames);
        }
        this.maxPeriod = maxPeriodFrames;
        this.ring = new FrameRing((int) Math.ceil((COMB_PERIODS + 1) * maxPeriodFrames) + 4);
        this.level = new SmoothedLevel(2.0, framesPerSecond);
        this.confirmFrames = (int) Math.max(1, Math.round(PERIOD_CONFIRM_SECONDS * framesPerSecond));
    }

    /**
     * Takes the next frame's envelope value and the current beat period.
     *
     * @param periodFrames the beat period in frames, NaN when there is no tempo (then no beats are reported and the
     *                     phase is forgotten)
     * @return the age in frames of a beat reported at this frame, NaN if none
     */
    public double push(double envelope, double periodFrames) {
        frame = ring.push(envelope);
        level.add(envelope);
        if (!(periodFrames >= 1 && periodFrames <= maxPeriod)) {
            lastBeat = Double.NaN;
            nextBeat = Double.NaN;
            period = Double.NaN;
            pending = 0;
            return Double.NaN;
        }
        if (Double.isNaN(period) || Math.abs(periodFrames / period - 1) <= PERIOD_FOLLOW) {
            period = periodFrames;
            pending = 0;
        } else if (++pending >= confirmFrames) {
            period = periodFrames;
            pending = 0;
            measurable = false;
        } else {
            measurable = false;
        }
        if (Double.isNaN(lastBeat)) {
            if (frame < COMB_PERIODS * period + 2) {
                return Double.NaN;
            }
            lastBeat = frame - bestPhase(period, frame);
            nextBeat = lastBeat + period;
            settling = 0;
            measurable = false;
            return Double.NaN;
        }
        nextBeat = lastBeat + period;
        double w = SEARCH_SHARE * period;
        if (frame < nextBeat + w + 1) {
            return Double.NaN;
        }
        double beat = nextBeat;
        int reach = (int) Math.floor(w);
        int arg = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int d = -reach; d <= reach; d++) {
            double x = d / w;
            double score = comb(nextBeat + d, period) * (1 - 0.5 * x * x);
            if (score > best) {
                best = score;
                arg = d;
            }
        }
        if (ring.at(Math.round(nextBeat + arg)) >= MIN_ONSET_SHARE * level.value() && best > 0) {
            beat = nextBeat + arg + Peaks.parabolicOffset(comb(nextBeat + arg - 1, period),
                    comb(nextBeat + arg, period), comb(nextBeat + arg + 1, period));
        }
        double phase = bestPhase(period, beat);
        if (settling > 0) {
            settling--;
        } else if (Math.min(phase, period - phase) > REPHASE_MIN_SHARE * period
                && comb(beat - phase, period) > REPHASE_RATIO * comb(beat, period)) {
            settling = COMB_PERIODS;
            measurable = false;
            if (phase > period / 2) {
                // the better phase lies later: its next beat is still to come
                lastBeat = beat - phase;
                nextBeat = lastBeat + period;
                return Double.NaN;
            }
            beat -= phase;
        }
        if (measurable) {
            intervals.add(beat - lastBeat, period);
        }
        measurable = true;
        lastBeat = beat;
        nextBeat = beat + period;
        return frame - beat;
    }

    /**
     * The median of {@code |interval / period - 1|} over the last {@value BeatIntervals#CAPACITY} measured beat
     * intervals (see the class comment), NaN with fewer than {@value BeatIntervals#MIN_INTERVALS}. Kept through a
     * lost period; forgotten by {@link #reset()}.
     */
    public double beatDeviation() {
        return intervals.deviation();
    }

    /** Forgets every earlier frame. */
    public void reset() {
        ring.clear();
        frame = -1;
        level.reset();
        lastBeat = Double.NaN;
        nextBeat = Double.NaN;
        period = Double.NaN;
        pending = 0;
        settling = 0;
        intervals.clear();
        measurable = false;
    }

    /** The offset phi in [0, period) before {@code end} maximizing the comb over the periods before it. */
    private double bestPhase(double period, double end) {
        double bestPhi = 0;
        double best = Double.NEGATIVE_INFINITY;
        int steps = (int) Math.ceil(period);
        for (int i = 0; i < steps; i++) {
            double s = comb(end - i, period);
            if (s > best) {
                best = s;
                bestPhi = i;
            }
        }
        return bestPhi;
    }

    private double comb(double position, double period) {
        double s = 0;
        for (int k = 0; k < COMB_PERIODS; k++) {
            s += interpolated(position - k * period);
        }
        return s;
    }

    private double interpolated(double position) {
        if (position < Math.max(0, frame - ring.capacity() + 2) || position > frame) {
            return 0;
        }
        int i = (int) Math.floor(position);
        double f = position - i;
        return ring.at(i) * (1 - f) + (f > 0 ? ring.at(i + 1) * f : 0);
    }
}
