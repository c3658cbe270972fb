package io.segue.api.predict;

import java.util.Objects;

/**
 * A track from the library began playing in the live stream (the DJ played it): what the library knows of its beat
 * grid, so that predictors start from it instead of listening from scratch. The grid is a prior, not the truth: the
 * track may have been started a little earlier or later than the cue says, or pitched.
 *
 * @param trackId          the library's id of the track
 * @param bpm              its tempo as analysed or corrected in the library; NaN when unknown
 * @param firstBeatSeconds where its first beat lies, in seconds from the track's start; NaN when unknown
 * @param startSeconds     the stream time at which the track's start was heard
 */
public record TrackCue(String trackId, double bpm, double firstBeatSeconds, double startSeconds) {

    public TrackCue {
        Objects.requireNonNull(trackId, "trackId");
        if (!Double.isNaN(bpm) && !(bpm > 0 && bpm < 1000)) {
            throw new IllegalArgumentException("bpm must be in (0, 1000) or NaN, was " + bpm);
        }
        if (!Double.isFinite(startSeconds)) {
            throw new IllegalArgumentException("startSeconds must be finite, was " + startSeconds);
        }
    }

    /** Whether the cue carries a tempo and a beat position: a whole grid. */
    public boolean hasGrid() {
        return !Double.isNaN(bpm) && Double.isFinite(firstBeatSeconds);
    }

    /** The stream time of the track's beat {@code n} (0 = its first beat), on the grid; NaN without a grid. */
    public double beatSeconds(long n) {
        return hasGrid() ? startSeconds + firstBeatSeconds + n * 60.0 / bpm : Double.NaN;
    }
}
