package io.segue.api.library;

import java.util.Objects;

/** A track together with its analysis, {@code null} when it has none yet (or its analysis failed). */
public record AnalysedTrack(Track track, TrackAnalysis analysis) {

    public AnalysedTrack {
        Objects.requireNonNull(track, "track");
    }
}
