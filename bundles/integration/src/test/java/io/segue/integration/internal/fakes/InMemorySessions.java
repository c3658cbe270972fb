package io.segue.integration.internal.fakes;

import io.segue.api.mix.MixSession;
import io.segue.api.mix.MixSessionStore;
import io.segue.api.mix.Transition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Mix sessions in memory: the store's contract without its file. */
public final class InMemorySessions implements MixSessionStore {

    private final Map<String, MixSession> sessions = new LinkedHashMap<>();
    private String running;
    private long clock = 1_700_000_000_000L;

    @Override
    public synchronized MixSession start(String name) {
        end();
        MixSession session = new MixSession(Integer.toString(sessions.size() + 1), name, ++clock, 0, List.of(),
                List.of());
        sessions.put(session.id(), session);
        running = session.id();
        return session;
    }

    @Override
    public synchronized MixSession play(String trackId, List<String> shown) {
        if (running == null) {
            throw new IllegalStateException("no session runs");
        }
        MixSession session = sessions.get(running);
        List<String> played = new ArrayList<>(session.playedTrackIds());
        List<Transition> transitions = new ArrayList<>(session.transitions());
        if (session.currentTrackId() != null) {
            transitions.add(new Transition(session.currentTrackId(), trackId, ++clock, shown));
        }
        played.add(trackId);
        MixSession next = new MixSession(session.id(), session.name(), session.startedEpochMillis(), 0, played,
                transitions);
        sessions.put(next.id(), next);
        return next;
    }

    @Override
    public synchronized Optional<MixSession> end() {
        if (running == null) {
            return Optional.empty();
        }
        MixSession session = sessions.get(running);
        MixSession ended = new MixSession(session.id(), session.name(), session.startedEpochMillis(), ++clock,
                session.playedTrackIds(), session.transitions());
        sessions.put(ended.id(), ended);
        running = null;
        return Optional.of(ended);
    }

    @Override
    public synchronized Optional<MixSession> current() {
        return running == null ? Optional.empty() : Optional.of(sessions.get(running));
    }

    @Override
    public synchronized Optional<MixSession> session(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public synchronized List<MixSession> sessions(int limit) {
        List<MixSession> all = new ArrayList<>(sessions.values());
        java.util.Collections.reverse(all);
        return all.subList(0, Math.min(limit, all.size()));
    }
}
