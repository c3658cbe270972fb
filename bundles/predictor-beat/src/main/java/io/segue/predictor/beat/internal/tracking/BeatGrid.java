package io.segue.predictor.beat.internal.tracking;

import java.util.Arrays;

/**
 * A causal beat grid: the beat period and the time of one beat on it, locked to observed beat events by an
 * alpha-beta (second-order phase-locked loop) filter, and told the tempo by a tempo estimate. Plain Java, no
 * allocation after construction; not thread-safe (one caller at a time).
 *
 * <p>Per observed beat {@code b} with the grid beat {@code g} nearest to it and error {@code e = b - g}:
 * <ul>
 * <li>if {@code |e|} is within {@value #CAPTURE_SHARE} of a period, the event is on the grid: the phase moves by
 * {@value #PHASE_GAIN} {@code e} and the period by {@value #PERIOD_GAIN} {@code e / n}, {@code n} being the number
 * of periods since the previous beat event (a missed beat does not count double);</li>
 * <li>otherwise it is off the grid; after {@value #OFF_GRID_TO_REPHASE} off-grid events in a row that agree with each
 * other the grid jumps onto them (the source re-phased, or the music did).</li>
 * </ul>
 * A tempo estimate further than {@value #TEMPO_FOLLOW} from the grid's period (an octave change, a new track) replaces
 * it once it has persisted {@value #TEMPO_CONFIRM_SECONDS} s, and the phase is found again from the next events; a
 * nearer one pulls the period by {@value #TEMPO_PULL} per estimate, so that a drifting loop returns to the tempo.
 *
 * <p>Confidence: the share of the last {@value #HISTORY} beat events that fell on the grid, scaled down while fewer
 * than {@value #HISTORY} have been seen.
 */
public final class BeatGrid {

    /** An event within this share of a period from a grid beat is on the grid. */
    public static final double CAPTURE_SHARE = 0.25;

    /** The share of an on-grid event's error the phase takes. */
    public static final double PHASE_GAIN = 0.6;

    /** The share of an on-grid event's error (per period) the period takes. */
    public static final double PERIOD_GAIN = 0.25;

    /** Off-grid events in a row (each within {@link #CAPTURE_SHARE} of the previous one's grid) before a jump. */
    public static final int OFF_GRID_TO_REPHASE = 2;

    /** A tempo estimate within this ratio of the grid's period only pulls it. */
    public static final double TEMPO_FOLLOW = 0.08;

    /** The share of the difference to a near tempo estimate the period takes per estimate. */
    public static final double TEMPO_PULL = 0.02;

    /** Seconds a far tempo estimate must persist before it replaces the period. */
    public static final double TEMPO_CONFIRM_SECONDS = 1.5;

    /** Beat events the confidence looks back over. */
    public static final int HISTORY = 8;

    private double periodSeconds = Double.NaN;
    private double anchorSeconds = Double.NaN;
    private double lastEventSeconds = Double.NaN;
    private double pendingSinceSeconds = Double.NaN;
    private double offGridSeconds = Double.NaN;
    private int offGrid;
    private final boolean[] hits = new boolean[HISTORY];
    private int events;

    /**
     * Takes the tempo estimate in force at stream time {@code nowSeconds}.
     *
     * @param bpm the estimate, NaN (or not positive) when there is none: then the grid is forgotten (silence, noise)
     */
    public void tempo(double bpm, double nowSeconds) {
        if (!(bpm > 0) || Double.isInfinite(bpm)) {
            reset();
            return;
        }
        double estimate = 60 / bpm;
        if (Double.isNaN(periodSeconds)) {
            periodSeconds = estimate;
            return;
        }
        if (Math.abs(estimate / periodSeconds - 1) <= TEMPO_FOLLOW) {
            periodSeconds += TEMPO_PULL * (estimate - periodSeconds);
            pendingSinceSeconds = Double.NaN;
        } else if (Double.isNaN(pendingSinceSeconds)) {
            pendingSinceSeconds = nowSeconds;
        } else if (nowSeconds - pendingSinceSeconds >= TEMPO_CONFIRM_SECONDS) {
            periodSeconds = estimate;
            anchorSeconds = Double.NaN;
            pendingSinceSeconds = Double.NaN;
            forgetHistory();
        }
    }

    /**
     * Takes the tempo of a source the grid defers to (a first estimate, or a better one that just arrived): a tempo
     * further than {@value #TEMPO_FOLLOW} from the grid's replaces its period at once, and the phase is found again
     * from the next beat unless the new tempo is twice or half the old (a beat of the slower grid is a beat of the
     * faster one; the other way round an off-beat anchor is re-phased by the next two beats); a nearer one is taken
     * as {@link #tempo} takes it.
     */
    public void adopt(double bpm, double nowSeconds) {
        if (!(bpm > 0) || Double.isInfinite(bpm)) {
            return;
        }
        double estimate = 60 / bpm;
        if (Double.isNaN(periodSeconds) || Math.abs(estimate / periodSeconds - 1) > TEMPO_FOLLOW) {
            double ratio = periodSeconds / estimate;
            boolean octave = Math.abs(ratio / 2 - 1) <= TEMPO_FOLLOW || Math.abs(ratio * 2 - 1) <= TEMPO_FOLLOW;
            periodSeconds = estimate;
            pendingSinceSeconds = Double.NaN;
            if (!octave) {
                anchorSeconds = Double.NaN;
                forgetHistory();
            }
        } else {
            tempo(bpm, nowSeconds);
        }
    }

    /**
     * Starts over from a known grid (a library track's, see {@code TrackCue}): its period and one beat on it. The
     * events that follow correct it as they correct any grid; until one arrives, the anchor counts as the last event.
     */
    public void cue(double periodSeconds, double anchorSeconds) {
        if (!(periodSeconds > 0) || !Double.isFinite(periodSeconds) || !Double.isFinite(anchorSeconds)) {
            throw new IllegalArgumentException("a cue needs a positive period and a finite anchor, was "
                    + periodSeconds + " s at " + anchorSeconds + " s");
        }
        reset();
        this.periodSeconds = periodSeconds;
        this.anchorSeconds = anchorSeconds;
        this.lastEventSeconds = anchorSeconds;
    }

    /**
     * Takes a period measured elsewhere (a pitched track's): replaces the period at once, keeping the phase at the
     * last beat. Ignored while not {@link #locked()}.
     */
    public void retune(double periodSeconds) {
        if (!locked() || !(periodSeconds > 0) || !Double.isFinite(periodSeconds)) {
            return;
        }
        double reference = Double.isNaN(lastEventSeconds) ? anchorSeconds : lastEventSeconds;
        anchorSeconds = nextBeatAfter(reference - 0.5 * this.periodSeconds);
        this.periodSeconds = periodSeconds;
        pendingSinceSeconds = Double.NaN;
    }

    /** Whether {@code seconds} lies within {@value #CAPTURE_SHARE} of a period of a grid beat; false if not locked. */
    public boolean onGrid(double seconds) {
        return locked() && Double.isFinite(seconds) && onGridOf(seconds, anchorSeconds);
    }

    /** Takes a beat observed at stream time {@code beatSeconds}; ignored while there is no tempo. */
    public void beat(double beatSeconds) {
        if (Double.isNaN(periodSeconds) || !Double.isFinite(beatSeconds)) {
            return;
        }
        if (Double.isNaN(anchorSeconds)) {
            anchorSeconds = beatSeconds;
            lastEventSeconds = beatSeconds;
            record(true);
            return;
        }
        long n = Math.round((beatSeconds - anchorSeconds) / periodSeconds);
        double error = beatSeconds - (anchorSeconds + n * periodSeconds);
        if (Math.abs(error) <= CAPTURE_SHARE * periodSeconds) {
            long periodsSinceLast = Math.max(1, Math.round((beatSeconds - lastEventSeconds) / periodSeconds));
            anchorSeconds += n * periodSeconds + PHASE_GAIN * error;
            periodSeconds += PERIOD_GAIN * error / periodsSinceLast;
            offGrid = 0;
            record(true);
        } else {
            record(false);
            boolean agrees = offGrid > 0 && onGridOf(beatSeconds, offGridSeconds);
            offGrid = agrees || offGrid == 0 ? offGrid + 1 : 1;
            offGridSeconds = beatSeconds;
            if (offGrid >= OFF_GRID_TO_REPHASE) {
                anchorSeconds = beatSeconds;
                offGrid = 0;
            }
        }
        lastEventSeconds = beatSeconds;
    }

    /** Whether the grid has a period and a phase. */
    public boolean locked() {
        return !Double.isNaN(periodSeconds) && !Double.isNaN(anchorSeconds);
    }

    /** The first grid beat strictly after {@code seconds}; NaN when not {@link #locked()}. */
    public double nextBeatAfter(double seconds) {
        if (!locked()) {
            return Double.NaN;
        }
        double k = Math.floor((seconds - anchorSeconds) / periodSeconds) + 1;
        return anchorSeconds + k * periodSeconds;
    }

    /** The beat period in seconds, NaN when none. */
    public double periodSeconds() {
        return periodSeconds;
    }

    /** The stream time of the last beat event taken, NaN when none since the grid was found. */
    public double lastEventSeconds() {
        return lastEventSeconds;
    }

    /** 0..1: see the class comment. */
    public double confidence() {
        if (events == 0) {
            return 0;
        }
        int seen = Math.min(events, HISTORY);
        int on = 0;
        for (int i = 0; i < seen; i++) {
            on += hits[i] ? 1 : 0;
        }
        return (double) on / HISTORY;
    }

    /** Forgets everything. */
    public void reset() {
        periodSeconds = Double.NaN;
        anchorSeconds = Double.NaN;
        pendingSinceSeconds = Double.NaN;
        forgetHistory();
    }

    private void forgetHistory() {
        lastEventSeconds = Double.NaN;
        offGridSeconds = Double.NaN;
        offGrid = 0;
        events = 0;
        Arrays.fill(hits, false);
    }

    private boolean onGridOf(double seconds, double reference) {
        double periods = (seconds - reference) / periodSeconds;
        return Math.abs(periods - Math.round(periods)) * periodSeconds <= CAPTURE_SHARE * periodSeconds;
    }

    private void record(boolean hit) {
        hits[events % HISTORY] = hit;
        events++;
    }
}
