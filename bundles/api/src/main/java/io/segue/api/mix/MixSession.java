package io.segue.api.mix;

import java.util.List;

/**
 * A DJ set: the transitions played, in order.
 *
 * @param id                unique identifier
 * @param name              the DJ's name for it
 * @param startedEpochMillis when it started (wall clock)
 * @param transitions       the transitions so far, oldest first
 */
public record MixSession(String id, String name, long startedEpochMillis, List<Transition> transitions) {

    public MixSession {
        transitions = List.copyOf(transitions);
    }
}
