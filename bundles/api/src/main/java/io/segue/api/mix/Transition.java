package io.segue.api.mix;

import java.util.List;
import java.util.Objects;

/**
 * One move from a track to the next within a mix session.
 *
 * @param fromTrackId the track that was playing
 * @param toTrackId   the track that followed
 * @param epochMillis when it happened (wall clock)
 * @param shown       the recommendations shown when the DJ chose (track ids, best first); empty when none was
 */
public record Transition(String fromTrackId, String toTrackId, long epochMillis, List<String> shown) {

    public Transition {
        Objects.requireNonNull(fromTrackId, "fromTrackId");
        Objects.requireNonNull(toTrackId, "toTrackId");
        shown = List.copyOf(shown);
    }

    /** Where the track played stood among those shown: 1 for the top one, 0 when it was not shown. */
    public int shownRank() {
        return shown.indexOf(toTrackId) + 1;
    }
}
