package io.segue.api.mix;

import java.util.List;
import java.util.Objects;

/**
 * A DJ set: the tracks played, in order, and the transitions between them.
 *
 * @param id                 unique identifier
 * @param name               the DJ's name for it
 * @param startedEpochMillis when it started (wall clock)
 * @param endedEpochMillis   when it ended, 0 while it runs
 * @param playedTrackIds     the tracks played, oldest first; the last one is playing now
 * @param transitions        the transitions so far, oldest first
 */
public record MixSession(String id, String name, long startedEpochMillis, long endedEpochMillis,
        List<String> playedTrackIds, List<Transition> transitions) {

    public MixSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        playedTrackIds = List.copyOf(playedTrackIds);
        transitions = List.copyOf(transitions);
    }

    /** The track playing now, or {@code null} before the first. */
    public String currentTrackId() {
        return playedTrackIds.isEmpty() ? null : playedTrackIds.get(playedTrackIds.size() - 1);
    }

    public boolean ended() {
        return endedEpochMillis != 0;
    }
}
